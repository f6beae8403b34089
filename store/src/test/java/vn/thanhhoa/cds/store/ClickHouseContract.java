package vn.thanhhoa.cds.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ClickHouse} implementation must do, run with the same SQL against the embedded
 * engine and against a server. Each test works in a database of its own.
 */
public abstract class ClickHouseContract {

    protected abstract ClickHouse clickHouse();

    private String database;

    @BeforeEach
    void createDatabase() {
        database = "contract_" + UUID.randomUUID().toString().replace("-", "");
        clickHouse().execute("CREATE DATABASE " + database);
    }

    @AfterEach
    void dropDatabase() {
        clickHouse().execute("DROP DATABASE IF EXISTS " + database);
    }

    @Test
    void ddlCreatesATableThatInsertsAndQueriesRows() {
        clickHouse().execute("CREATE TABLE " + database + ".indicator_value (commune_code LowCardinality(String), indicator String, "
                + "numerator UInt64, denominator UInt64, observed_at DateTime64(3, 'Asia/Ho_Chi_Minh')) "
                + "ENGINE = MergeTree ORDER BY (commune_code, indicator)");
        // The second row is seed 002's figure: Yên Hùng (15433, valid until 30 June 2025) declared 2,240 of its
        // 3,200 people of working age trained in 2024, 2023–2025 item 3.1.
        clickHouse().insert(database + ".indicator_value", List.of(
                Map.of("commune_code", "15763", "indicator", "1.4", "numerator", 45, "denominator", 60, "observed_at", "2025-08-05 09:00:00.000"),
                Map.of("commune_code", "15433", "indicator", "3.1", "numerator", 2240, "denominator", 3200, "observed_at", "2024-12-31 10:00:00.000")), null);

        List<Row> rows = clickHouse().query("SELECT commune_code, sum(numerator) AS n, sum(denominator) AS d, "
                + "toString(max(observed_at)) AS latest FROM " + database + ".indicator_value GROUP BY commune_code ORDER BY commune_code");

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).string("commune_code")).isEqualTo("15433");
        assertThat(rows.get(0).longValue("n")).isEqualTo(2240);
        assertThat(rows.get(0).longValue("d")).isEqualTo(3200);
        assertThat(rows.get(1).string("latest")).isEqualTo("2025-08-05 09:00:00.000");
    }

    @Test
    void rowsWithTheSameColumnsAndRowsThatDifferAreBothInserted() {
        clickHouse().execute("CREATE TABLE " + database + ".declaration (commune_code String, evidence Array(String), "
                + "note Nullable(String), month String DEFAULT 'cả năm') ENGINE = MergeTree ORDER BY commune_code");
        java.util.Map<String, Object> withNull = new java.util.HashMap<>();
        withNull.put("commune_code", "15442");
        withNull.put("evidence", List.of());
        withNull.put("note", null);
        withNull.put("month", "2026-03");
        // Same columns in every row: the names are written once (JSONCompactEachRow).
        clickHouse().insert(database + ".declaration", List.of(
                Map.of("commune_code", "15763", "evidence", List.of("QĐ 12/QĐ-UBND", "Biên bản \"số 3\""), "note", "Thọ Phú\tđã kê khai", "month", "2026-02"),
                withNull), null);
        // A row without a column takes the column's default: each row names its own (JSONEachRow).
        clickHouse().insert(database + ".declaration", List.of(
                Map.of("commune_code", "15349", "evidence", List.of("x"), "note", "n"),
                Map.of("commune_code", "15350", "evidence", List.of(), "note", "m", "month", "2026-04")), null);

        List<Row> rows = clickHouse().query("SELECT commune_code, length(evidence) AS files, arrayStringConcat(evidence, '|') AS list, "
                + "ifNull(note, '∅') AS note, month FROM " + database + ".declaration ORDER BY commune_code");
        assertThat(rows).extracting(row -> row.string("commune_code") + " " + row.longValue("files") + " " + row.string("list") + " "
                + row.string("note") + " " + row.string("month")).containsExactly(
                "15349 1 x n cả năm",
                "15350 0  m 2026-04",
                "15442 0  ∅ 2026-03",
                "15763 2 QĐ 12/QĐ-UBND|Biên bản \"số 3\" Thọ Phú\tđã kê khai 2026-02");
    }

    @Test
    void replayedRowsLeaveOneCopyWithFinal() {
        clickHouse().execute("CREATE TABLE " + database + ".latest_value (commune_code String, indicator String, value Float64, version UInt64) "
                + "ENGINE = ReplacingMergeTree(version) ORDER BY (commune_code, indicator)");
        List<Map<String, Object>> batch = List.of(
                Map.of("commune_code", "15763", "indicator", "1.4", "value", 75.0, "version", 1),
                Map.of("commune_code", "15763", "indicator", "3.12", "value", 40.5, "version", 1));

        clickHouse().insert(database + ".latest_value", batch, null);
        clickHouse().insert(database + ".latest_value", batch, null);

        assertThat(clickHouse().query("SELECT count() AS c FROM " + database + ".latest_value FINAL").getFirst().longValue("c")).isEqualTo(2);
    }

    @Test
    void aBatchInsertedTwiceWithTheSameTokenIsStoredOnce() {
        clickHouse().execute("CREATE TABLE " + database + ".raw_event (event_id String, commune_code String) "
                + "ENGINE = MergeTree ORDER BY event_id SETTINGS non_replicated_deduplication_window = 100");
        List<Map<String, Object>> batch = List.of(
                Map.of("event_id", "a", "commune_code", "15763"),
                Map.of("event_id", "b", "commune_code", "15442"),
                Map.of("event_id", "c", "commune_code", "15349"));

        clickHouse().insert(database + ".raw_event", batch, "raw.tthc-0-1000");
        clickHouse().insert(database + ".raw_event", batch, "raw.tthc-0-1000");
        clickHouse().insert(database + ".raw_event", batch.subList(0, 1), "raw.tthc-0-1003");

        // Without FINAL: the duplicate batch never reached the table, the third (new token) did.
        assertThat(clickHouse().query("SELECT count() AS c FROM " + database + ".raw_event").getFirst().longValue("c")).isEqualTo(4);
    }

    @Test
    void vietnameseTextRoundTripsAsUtf8() {
        List<String> names = List.of("Xã Thọ Phú", "Phường Hàm Rồng", "Chuyển đổi số", "Hoằng Phú", "Ỷ Lan – “số hóa” ₫");
        clickHouse().execute("CREATE TABLE " + database + ".unit (code String, name String) ENGINE = MergeTree ORDER BY code");
        clickHouse().insert(database + ".unit",
                names.stream().map(name -> Map.of("code", String.valueOf(names.indexOf(name)), "name", name)).toList(), null);

        List<Row> rows = clickHouse().query("SELECT name, lengthUTF8(name) AS chars, length(name) AS bytes FROM " + database + ".unit ORDER BY code");

        assertThat(rows).extracting(row -> row.string("name")).containsExactlyElementsOf(names);
        for (Row row : rows) {
            String name = row.string("name");
            assertThat(row.longValue("chars")).isEqualTo(name.codePointCount(0, name.length()));
            assertThat(row.longValue("bytes")).isEqualTo(name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        }
    }

    @Test
    void aFailingQueryThrowsClickHousesMessageAndTheEngineGoesOn() {
        assertThatThrownBy(() -> clickHouse().query("SELECT * FROM " + database + ".no_such_table"))
                .isInstanceOf(ClickHouseException.class)
                .hasMessageContaining("UNKNOWN_TABLE")
                .hasMessageContaining("no_such_table");
        assertThatThrownBy(() -> clickHouse().execute("CREATE TABLE broken ("))
                .isInstanceOf(ClickHouseException.class)
                .hasMessageContaining("Syntax error");

        assertThat(clickHouse().query("SELECT 1 + 1 AS two").getFirst().longValue("two")).isEqualTo(2);
    }
}
