package vn.thanhhoa.cds.cli.setup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.store.Row;
import vn.thanhhoa.cds.store.embedded.EmbeddedClickHouse;
import vn.thanhhoa.cds.store.migration.Migrations;

/**
 * The Grafana dashboards docker-compose provisions (deploy/grafana/dashboards): every panel's query,
 * with the dashboard's variables filled in as Grafana would, runs against the store's tables, and the
 * main panels show what a few rows written here say: Xã Thọ Phú (15763, a code the reform reused)
 * meets both of its indicators, Phường Hàm Rồng (14758) one of two.
 */
class GrafanaDashboardsTest {

    private static final Path FOLDER = Path.of("..", "deploy", "grafana", "dashboards");
    private static final Map<String, String> VARIABLES = Map.of("${set}", "2026", "${year}", "2026", "${commune}", "15763");

    @TempDir
    static Path directory;
    private static EmbeddedClickHouse clickHouse;

    @BeforeAll
    static void storeWithAFewRows() {
        clickHouse = EmbeddedClickHouse.open(directory.resolve("clickhouse"));
        new Migrations(clickHouse, "cds").apply();
        clickHouse.insert("cds.admin_unit", List.of(
                unit("15763", "2000-01-01", "2025-06-30", "Xã Thọ Thế"), unit("15763", "2025-07-01", null, "Xã Thọ Phú"),
                unit("14758", "2025-07-01", null, "Phường Hàm Rồng")), null);
        clickHouse.insert("cds.indicator", List.of(indicator("9", "Tỷ lệ hồ sơ trực tuyến"), indicator("14", "Tỷ lệ báo cáo định kỳ trên hệ thống")), null);
        clickHouse.insert("cds.indicator_value_daily", List.of(
                value("15763", "9", 82, "MET", "2026-11-24"), value("15763", "9", 85, "MET", "2026-11-25"),
                value("15763", "14", 100, "MET", "2026-11-25"),
                value("14758", "9", 90, "MET", "2026-11-25"), value("14758", "14", 40, "BELOW", "2026-11-25")), null);
        Map<String, Object> recognition = new LinkedHashMap<>();
        recognition.put("indicator_set", "2026");
        recognition.put("commune_code", "15763");
        recognition.put("year", 2026);
        recognition.put("as_of", "2026-11-25");
        recognition.put("indicators_assigned", 2);
        recognition.put("indicators_met", 2);
        recognition.put("index_points", 80.0);
        recognition.put("index_points_max", 100.0);
        recognition.put("recognised", true);
        recognition.put("blocking_indicators", List.of());
        recognition.put("computed_at", "2026-11-25 08:00:00.000");
        clickHouse.insert("cds.recognition_commune", List.of(recognition), null);
    }

    @AfterAll
    static void close() {
        clickHouse.close();
    }

    @Test
    void everyPanelQueryRunsAndTheMainPanelsShowTheRows() throws Exception {
        Map<String, List<Row>> results = new LinkedHashMap<>();
        List<Path> dashboards;
        try (var files = Files.list(FOLDER)) {
            dashboards = files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(dashboards).extracting(file -> file.getFileName().toString()).containsExactly("tong-quan-tinh.json", "tung-xa.json");
        for (Path file : dashboards) {
            JsonNode dashboard = new ObjectMapper().readTree(file.toFile());
            for (JsonNode variable : dashboard.path("templating").path("list")) {
                if (variable.has("query") && variable.path("type").asText().equals("query")) {
                    assertThat(clickHouse.query(variable.get("query").asText())).as(variable.get("name").asText())
                            .extracting(row -> row.string("__text")).containsExactly("Phường Hàm Rồng", "Xã Thọ Phú");
                }
            }
            for (JsonNode panel : dashboard.path("panels")) {
                for (JsonNode target : panel.path("targets")) {
                    String sql = target.get("rawSql").asText();
                    for (Map.Entry<String, String> variable : VARIABLES.entrySet()) {
                        sql = sql.replace(variable.getKey(), variable.getValue());
                    }
                    assertThat(sql).as("every variable filled in").doesNotContain("$");
                    results.put(file.getFileName() + " / " + panel.get("title").asText(), clickHouse.query(sql));
                }
            }
        }

        List<Row> ranking = results.get("tong-quan-tinh.json / Xếp hạng xã theo số chỉ tiêu đạt");
        assertThat(ranking).extracting(row -> row.string("Xã, phường") + " " + row.longValue("Số chỉ tiêu đạt") + "/" + row.longValue("Số chỉ tiêu được đánh giá"))
                .containsExactly("Xã Thọ Phú 2/2", "Phường Hàm Rồng 1/2");
        List<Row> shares = results.get("tong-quan-tinh.json / Tỷ lệ xã đạt từng chỉ tiêu");
        assertThat(shares).extracting(row -> row.string("Mã") + " " + row.string("Chỉ tiêu") + " " + row.doubleValue("Tỷ lệ đạt (%)"))
                .containsExactly("9 Tỷ lệ hồ sơ trực tuyến 100.0", "14 Tỷ lệ báo cáo định kỳ trên hệ thống 50.0");
        List<Row> indicators = results.get("tung-xa.json / Chỉ tiêu của xã");
        assertThat(indicators).extracting(row -> row.string("Mã") + " " + row.doubleValue("Giá trị") + " " + row.string("Trạng thái"))
                .as("the newest computation of each indicator").containsExactly("9 85.0 Đạt", "14 100.0 Đạt");
        assertThat(results.get("tung-xa.json / Triển vọng công nhận")).extracting(row -> row.string("Công nhận")).containsExactly("Đủ điều kiện");
        assertThat(results.get("tung-xa.json / Diễn biến từ đầu năm")).hasSize(3);
    }

    private static Map<String, Object> unit(String code, String from, String to, String name) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("code", code);
        row.put("valid_from", from);
        row.put("valid_to", to);
        row.put("name", name);
        row.put("level", "COMMUNE");
        row.put("kind", name.startsWith("Phường") ? "Phường" : "Xã");
        row.put("parent_code", "38");
        return row;
    }

    private static Map<String, Object> indicator(String code, String name) {
        return Map.of("indicator_set", "2026", "code", code, "pillar", "CQS", "pillar_name", "Chính quyền số", "name", name,
                "unit", "%", "kind", "RATIO", "owner", "Văn phòng HĐND và UBND xã");
    }

    private static Map<String, Object> value(String commune, String code, double value, String status, String day) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("unit_code", commune);
        row.put("unit_level", "COMMUNE");
        row.put("indicator_set", "2026");
        row.put("indicator_code", code);
        row.put("year", 2026);
        row.put("window_kind", "YEAR_TO_DATE");
        row.put("window_start", "2026-01-01");
        row.put("window_end", day);
        row.put("judged", true);
        row.put("numerator", value);
        row.put("denominator", 100.0);
        row.put("value", value);
        row.put("target_operator", ">=");
        row.put("target_value", 80.0);
        row.put("commune_target", false);
        row.put("status", status);
        row.put("approximate", false);
        row.put("computed_at", day + " 08:00:00.000");
        return new java.util.HashMap<>(row);
    }
}
