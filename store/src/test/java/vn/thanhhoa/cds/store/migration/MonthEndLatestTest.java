package vn.thanhhoa.cds.store.migration;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * V014: a month-end value (a past month's, computed later than today's live value) goes to the daily
 * history but does not replace the live value in indicator_value_latest; a past year's value as of
 * 31 December still does. Rows as the sink writes them, times local (Asia/Ho_Chi_Minh).
 */
class MonthEndLatestTest {

    private static final String DB = "monthend";

    @TempDir
    static Path dataDirectory;

    private static EmbeddedClickHouse engine;

    @BeforeAll
    static void migrate() {
        engine = EmbeddedClickHouse.open(dataDirectory.resolve("clickhouse"));
        new Migrations(engine, DB).apply();
    }

    @AfterAll
    static void close() {
        if (engine != null) {
            engine.close();
        }
    }

    private static Map<String, Object> value(String commune, int year, String windowEnd, double numerator, double denominator, String computedAt) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("unit_code", commune);
        row.put("unit_level", "COMMUNE");
        row.put("indicator_set", "2026");
        row.put("indicator_code", "9");
        row.put("year", year);
        row.put("window_kind", "YEAR_TO_DATE");
        row.put("window_start", year + "-01-01");
        row.put("window_end", windowEnd);
        row.put("judged", true);
        row.put("numerator", numerator);
        row.put("denominator", denominator);
        row.put("value", numerator / denominator * 100);
        row.put("commune_target", false);
        row.put("status", "TREND");
        row.put("approximate", false);
        row.put("computed_at", computedAt);
        return row;
    }

    private static List<Row> latest(String commune, int year) {
        return engine.query("SELECT window_end, numerator, denominator FROM " + DB + ".indicator_value_latest FINAL WHERE unit_code = '" + commune
                + "' AND year = " + year + " ORDER BY window_end");
    }

    @Test
    void aMonthEndValueComputedLaterStaysInTheDailyHistoryAndOutOfLatest() {
        // The live value as of 10 November (4 of 6), then March's month-end value (3 of 4) computed a minute later.
        engine.insert(DB + ".indicator_value_daily", List.of(value("15442", 2026, "2026-11-10", 4, 6, "2026-11-10 10:00:00.000")), null);
        engine.insert(DB + ".indicator_value_daily", List.of(value("15442", 2026, "2026-03-31", 3, 4, "2026-11-10 10:01:00.000")), null);

        List<Row> latest = latest("15442", 2026);
        assertThat(latest).hasSize(1);
        assertThat(latest.getFirst().string("window_end")).isEqualTo("2026-11-10");
        assertThat(latest.getFirst().doubleValue("denominator")).isEqualTo(6.0);

        List<Row> daily = engine.query("SELECT window_end, denominator FROM " + DB + ".indicator_value_daily WHERE unit_code = '15442' ORDER BY window_end");
        assertThat(daily).extracting(r -> r.string("window_end")).containsExactly("2026-03-31", "2026-11-10");
        assertThat(daily).extracting(r -> r.doubleValue("denominator")).containsExactly(4.0, 6.0);
    }

    @Test
    void aPastYearsValueAsOfTheThirtyFirstOfDecemberStillReachesLatest() {
        engine.insert(DB + ".indicator_value_daily", List.of(value("14758", 2025, "2025-12-31", 5, 8, "2026-11-10 10:00:00.000")), null);
        // A past year's November month-end, computed later: history only.
        engine.insert(DB + ".indicator_value_daily", List.of(value("14758", 2025, "2025-11-30", 4, 7, "2026-11-10 10:02:00.000")), null);

        List<Row> latest = latest("14758", 2025);
        assertThat(latest).hasSize(1);
        assertThat(latest.getFirst().string("window_end")).isEqualTo("2025-12-31");
        assertThat(latest.getFirst().doubleValue("numerator")).isEqualTo(5.0);
    }
}
