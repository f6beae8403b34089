package vn.thanhhoa.cds.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.store.Row;
import vn.thanhhoa.cds.store.embedded.EmbeddedClickHouse.RowsRoute;

/**
 * Every route an insert's rows may take into the embedded engine ends in the same rows: the column
 * types of the store's tables, values in the forms the sink gives (text with quotes, backslashes,
 * line breaks and Vietnamese, instants as {@code "seconds.millis"}, ISO days, booleans, numbers,
 * a map, an array of named tuples, nulls), read back and compared with the values written here; and
 * values the binary encoding does not take still land, through the JSON route.
 */
class InsertRoutesTest {

    private static final String COLUMNS = """
            k Int32,
            text String,
            maybe_text Nullable(String),
            code LowCardinality(String),
            maybe_code LowCardinality(Nullable(String)),
            flag Bool,
            maybe_flag Nullable(Bool),
            wide Int64,
            unsigned UInt64,
            ratio Float64,
            maybe_ratio Nullable(Float64),
            day Date32,
            maybe_day Nullable(Date32),
            at DateTime64(3, 'Asia/Ho_Chi_Minh'),
            maybe_at Nullable(DateTime64(3, 'Asia/Ho_Chi_Minh')),
            utc_at DateTime64(3, 'UTC'),
            parts Map(LowCardinality(String), Float64),
            evidence Array(Tuple(title String, reference String)),
            blocking Array(LowCardinality(String))""";

    @TempDir
    static Path dataDirectory;

    private static EmbeddedClickHouse engine;

    @BeforeAll
    static void open() {
        engine = EmbeddedClickHouse.open(dataDirectory.resolve("clickhouse"));
        engine.execute("CREATE DATABASE routes");
        for (RowsRoute route : RowsRoute.values()) {
            engine.execute("CREATE TABLE routes." + route.name().toLowerCase() + " (" + COLUMNS + ") ENGINE = MergeTree ORDER BY k "
                    + "SETTINGS non_replicated_deduplication_window = 100");
        }
    }

    @AfterAll
    static void close() {
        if (engine != null) {
            engine.close();
        }
    }

    private static List<Map<String, Object>> rows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int k = 0; k < 50; k++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("k", k);
            row.put("text", k % 2 == 0 ? "Thọ Phú \\ 'trích' \"dẫn\"\nxuống dòng\ttab " + k : "");
            row.put("maybe_text", k % 3 == 0 ? null : "Yên Hùng " + k);
            row.put("code", "1576" + (k % 10));
            row.put("maybe_code", k % 4 == 0 ? null : "ONLINE");
            row.put("flag", k % 2 == 0);
            row.put("maybe_flag", k % 5 == 0 ? null : k % 3 == 0);
            row.put("wide", 9_000_000_000L * (k % 2 == 0 ? 1 : -1) + k);
            row.put("unsigned", (long) k * 1_000_003L);
            row.put("ratio", k / 7.0);
            row.put("maybe_ratio", k % 6 == 0 ? null : k * 0.5);
            row.put("day", "2026-01-" + "%02d".formatted(1 + k % 28));
            row.put("maybe_day", k % 2 == 0 ? null : "2025-12-31");
            row.put("at", String.valueOf(1_767_225_600L + k * 3_600L) + "." + "%03d".formatted(k * 7 % 1000));
            row.put("maybe_at", k % 3 == 1 ? null : "1767225600.005");
            row.put("utc_at", "1767225600.999");
            row.put("parts", k % 2 == 0 ? Map.of("web.dx_section", 1.0, "web.dx_link", 0.25) : Map.of());
            row.put("evidence", k % 3 == 0 ? List.of() : List.of(Map.of("title", "Chuyên mục chuyển đổi số", "reference", "https://thophu.vn/cds?k=" + k),
                    Map.of("title", "Nghị quyết 'số' 01", "reference", "")));
            row.put("blocking", k % 2 == 0 ? List.of("29", "31") : List.of());
            rows.add(row);
        }
        return rows;
    }

    @Test
    void everyRouteLeavesTheRowsThatWereWritten() {
        List<Map<String, Object>> rows = rows();
        for (RowsRoute route : RowsRoute.values()) {
            engine.insert("routes." + route.name().toLowerCase(), rows, "batch-1", route);
        }
        String read = "SELECT k, text, maybe_text, code, maybe_code, flag, maybe_flag, wide, unsigned, ratio, maybe_ratio, toString(day) AS day, "
                + "toString(maybe_day) AS maybe_day, toUnixTimestamp64Milli(at) AS at, toUnixTimestamp64Milli(maybe_at) AS maybe_at, "
                + "toUnixTimestamp64Milli(utc_at) AS utc_at, toJSONString(parts) AS parts, toJSONString(evidence) AS evidence, "
                + "arrayStringConcat(blocking, ',') AS blocking FROM routes.%s ORDER BY k";
        for (RowsRoute route : RowsRoute.values()) {
            List<Row> back = engine.query(read.formatted(route.name().toLowerCase()));
            assertThat(back).as(route.name()).hasSize(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                Map<String, Object> written = rows.get(i);
                Row row = back.get(i);
                assertThat(row.longValue("k")).isEqualTo(i);
                assertThat(row.string("text")).as(route + " text").isEqualTo(written.get("text"));
                assertThat(row.string("maybe_text")).isEqualTo(written.get("maybe_text"));
                assertThat(row.string("code")).isEqualTo(written.get("code"));
                assertThat(row.string("maybe_code")).isEqualTo(written.get("maybe_code"));
                assertThat(row.get("flag")).isEqualTo(written.get("flag"));
                assertThat(row.get("maybe_flag")).isEqualTo(written.get("maybe_flag"));
                assertThat(row.longValue("wide")).isEqualTo(written.get("wide"));
                assertThat(row.longValue("unsigned")).isEqualTo(written.get("unsigned"));
                assertThat(row.doubleValue("ratio")).isEqualTo((Double) written.get("ratio"));
                assertThat(row.get("maybe_ratio") == null ? null : row.doubleValue("maybe_ratio")).isEqualTo(written.get("maybe_ratio"));
                assertThat(row.string("day")).isEqualTo(written.get("day"));
                assertThat(row.string("maybe_day")).isEqualTo(written.get("maybe_day"));
                assertThat(row.longValue("at")).as(route + " at").isEqualTo(millis((String) written.get("at")));
                assertThat(row.get("maybe_at") == null ? null : row.longValue("maybe_at"))
                        .isEqualTo(written.get("maybe_at") == null ? null : millis((String) written.get("maybe_at")));
                assertThat(row.longValue("utc_at")).isEqualTo(1_767_225_600_999L);
                assertThat(parts(row.string("parts"))).as(route + " parts").isEqualTo(written.get("parts"));
                assertThat(row.string("evidence")).as(route + " evidence").isEqualTo(evidenceJson(written.get("evidence")));
                assertThat(row.string("blocking")).isEqualTo(String.join(",", (List<String>) written.get("blocking")));
            }
        }
    }

    @Test
    void aReplayedBatchIsDroppedOnEveryRoute() {
        List<Map<String, Object>> rows = rows().subList(0, 10);
        for (RowsRoute route : RowsRoute.values()) {
            String table = "routes.replay_" + route.name().toLowerCase();
            engine.execute("CREATE TABLE " + table + " (" + COLUMNS + ") ENGINE = MergeTree ORDER BY k SETTINGS non_replicated_deduplication_window = 100");
            engine.insert(table, rows, "replay-1", route);
            engine.insert(table, rows, "replay-1", route);
            engine.insert(table, rows, "replay-2", route);
            assertThat(engine.query("SELECT count() AS c FROM " + table).getFirst().longValue("c")).as(route.name()).isEqualTo(20);
        }
    }

    /** Values RowBinary is not given here (text for an instant, a null for a plain column) go as JSON, and land as JSON would put them. */
    @Test
    void valuesTheBinaryEncodingDoesNotTakeGoAsJson() {
        engine.execute("CREATE TABLE routes.fallback (k Int32, at DateTime64(3, 'UTC'), n Int32) ENGINE = MergeTree ORDER BY k");
        engine.insert("routes.fallback", List.of(Map.of("k", 1, "at", "2026-01-05 08:00:00.250", "n", 5)), null, RowsRoute.ROW_BINARY_LITERAL);
        Map<String, Object> withNull = new HashMap<>(Map.of("k", 2, "at", "1767225600.000"));
        withNull.put("n", null);
        engine.insert("routes.fallback", List.of(withNull), null, RowsRoute.ROW_BINARY_FILE);
        List<Row> back = engine.query("SELECT k, toUnixTimestamp64Milli(at) AS at, n FROM routes.fallback ORDER BY k");
        assertThat(back).hasSize(2);
        assertThat(back.get(0).longValue("at")).isEqualTo(java.time.Instant.parse("2026-01-05T08:00:00.250Z").toEpochMilli());
        assertThat(back.get(0).longValue("n")).isEqualTo(5);
        assertThat(back.get(1).longValue("at")).isEqualTo(1_767_225_600_000L);
        assertThat(back.get(1).longValue("n")).isZero();
    }

    @Test
    void theFileRouteLeavesNoFileBehind() throws Exception {
        engine.execute("CREATE TABLE routes.leftovers (" + COLUMNS + ") ENGINE = MergeTree ORDER BY k");
        engine.insert("routes.leftovers", rows().subList(0, 3), "file-leftovers", RowsRoute.ROW_BINARY_FILE);
        assertThat(engine.query("SELECT count() AS c FROM routes.leftovers").getFirst().longValue("c")).isEqualTo(3);
        Path files = dataDirectory.resolve("clickhouse").resolve("user_files");
        try (Stream<Path> left = Files.exists(files) ? Files.list(files) : Stream.empty()) {
            assertThat(left.filter(path -> path.getFileName().toString().startsWith("cds-insert-")).toList()).isEmpty();
        }
    }

    private static long millis(String secondsDotMillis) {
        String[] parts = secondsDotMillis.split("\\.");
        return Long.parseLong(parts[0]) * 1000 + Long.parseLong(parts[1]);
    }

    /** toJSONString of a Map(String, Float64): {"a":1,"b":0.25}; read back into a Java map of doubles. */
    private static Map<String, Double> parts(String json) {
        Map<String, Double> parts = new HashMap<>();
        String body = json.substring(1, json.length() - 1);
        if (!body.isEmpty()) {
            Arrays.stream(body.split(",")).forEach(pair -> {
                String[] kv = pair.split(":");
                parts.put(kv[0].replace("\"", ""), Double.parseDouble(kv[1]));
            });
        }
        return parts;
    }

    /** What toJSONString gives for an array of named tuples: objects in element order, '/' escaped. */
    private static String evidenceJson(Object evidence) {
        StringBuilder json = new StringBuilder("[");
        for (Object item : (List<?>) evidence) {
            Map<?, ?> tuple = (Map<?, ?>) item;
            json.append(json.length() > 1 ? "," : "").append("{\"title\":\"").append(tuple.get("title")).append("\",\"reference\":\"")
                    .append(tuple.get("reference").toString().replace("/", "\\/")).append("\"}");
        }
        return json.append(']').toString();
    }
}
