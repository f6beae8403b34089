package vn.thanhhoa.cds.cli.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.cli.replay.verify.CheckedWindow;
import vn.thanhhoa.cds.cli.replay.verify.IndicatorVerdict;
import vn.thanhhoa.cds.cli.replay.verify.ReplayAccount;
import vn.thanhhoa.cds.cli.replay.verify.TinyAccount;
import vn.thanhhoa.cds.simulators.tthc.ExpectedDossier;
import vn.thanhhoa.cds.store.embedded.EmbeddedClickHouse;
import vn.thanhhoa.cds.store.migration.Migrations;

/**
 * The replay's check catches what it is there to catch: a lost event, one counted twice, a commune
 * with no value, a wrong target or status, a value of another day; against the embedded ClickHouse
 * with the rows each test writes, the figures worked out by hand ({@link TinyAccount}).
 */
class ReplayVerifierTest {

    @TempDir
    static Path directory;
    private static EmbeddedClickHouse clickHouse;
    private static int databases;

    /** The account: Phường Hàm Rồng (14758) 2 of 3 dossiers online, Xã Thọ Phú (15763) 1 of 1, Xã Yên Hùng (15442) 0 of 2; a 2025 dossier that is not counted. */
    private static final List<ExpectedDossier> ACCOUNT = List.of(
            dossier("H56.01-260105-0001", "14758", true), dossier("H56.01-260210-0002", "14758", true), dossier("H56.01-260301-0003", "14758", false),
            dossier("H56.02-260115-0001", "15763", true),
            dossier("H56.03-260120-0001", "15442", false), dossier("H56.03-260122-0002", "15442", false),
            dossier("H56.03-251230-0003", "15442", true));

    @BeforeAll
    static void open() {
        clickHouse = EmbeddedClickHouse.open(directory.resolve("clickhouse"));
    }

    @AfterAll
    static void close() {
        clickHouse.close();
    }

    @Test
    void theSameFiguresAsTheAccountGiveNoDifference() {
        String database = database(Map.of("14758", new double[] {2, 3}, "15763", new double[] {1, 1}, "15442", new double[] {0, 2}, "38", new double[] {3, 6}));
        assertThat(new ReplayVerifier(clickHouse, database).item9(2026, ACCOUNT, "38").differences()).isEmpty();
    }

    @Test
    void aLostEventADuplicateAndAMissingCommuneAreEachListed() {
        String database = database(Map.of("14758", new double[] {1, 2}, "15763", new double[] {2, 2}, "38", new double[] {3, 6}));
        ReplayVerifier.Verdict verdict = new ReplayVerifier(clickHouse, database).item9(2026, ACCOUNT, "38");
        assertThat(verdict.unitsCompared()).isEqualTo(4);
        assertThat(verdict.differences()).extracting(Object::toString).containsExactly(
                "14758: expected 2 of 3, ClickHouse holds 1 of 2",
                "15442: expected 0 of 2, ClickHouse holds nothing",
                "15763: expected 1 of 1, ClickHouse holds 2 of 2");
    }

    @Test
    void aProvinceTotalThatIsNotTheSumOfItsCommunesIsListed() {
        String database = database(Map.of("14758", new double[] {2, 3}, "15763", new double[] {1, 1}, "15442", new double[] {0, 2}, "38", new double[] {3, 7}));
        assertThat(new ReplayVerifier(clickHouse, database).item9(2026, ACCOUNT, "38").differences()).extracting(Object::toString)
                .containsExactly("38: expected 3 of 6, ClickHouse holds 3 of 7");
    }

    @Test
    void everyValueAsWorkedOutByHandGivesNoDifference() {
        IndicatorVerdict verdict = verify(values(TinyAccount.VALUES));
        assertThat(verdict.differences()).isEmpty();
        assertThat(verdict.units()).isEqualTo(4);
        assertThat(verdict.indicators()).isEqualTo(27);
        assertThat(verdict.valuesFound()).isEqualTo(TinyAccount.VALUES.size());
        assertThat(verdict.valuesCompared()).isGreaterThanOrEqualTo(TinyAccount.VALUES.size());
        assertThat(verdict.notChecked()).containsOnlyKeys("5", "8", "12", "16", "22 (month, quarter, trailing 30 days)", "25a", "27",
                "29 (month, quarter, trailing 30 days)");
    }

    @Test
    void aLostEventADuplicateAWrongTargetAndAWrongStatusAreEachListed() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : values(TinyAccount.VALUES)) {
            String key = row.get("unit_code") + " " + row.get("indicator_code") + " " + row.get("window_kind");
            switch (key) {
                case "14758 13 YEAR_TO_DATE" -> row.put("numerator", 0.0); // the electronic document of 5 April lost
                case "15763 15 TRAILING_30_DAYS" -> row.put("denominator", 3.0); // a task counted twice
                case "38 1 AS_OF" -> row.put("target_value", 40.0); // the province's target is 50
                case "15763 3 AS_OF" -> row.put("status", "BELOW"); // 30 of 30 meets 100 %
                case "14758 9 MONTH_TO_DATE" -> { // a value of yesterday, never computed again
                    row.put("window_end", "2026-04-09");
                    row.put("computed_at", "2026-04-09 20:00:00.000");
                }
                case "14758 29 YEAR_TO_DATE" -> row.put("points", 0.5); // the link to the province's page forgotten
                case "15763 30 QUARTER_TO_DATE" -> row.put("numerator", 7.0); // March's broadcasts put in the second quarter
                case "38 22 YEAR_TO_DATE" -> row.put("target_upper", 9.0); // the plan's range is 5-7
                default -> { }
            }
            if (!key.equals("15442 14 YEAR_TO_DATE")) { // a value never written
                rows.add(row);
            }
        }
        rows.add(row(new TinyAccount.Value("15442", "9", CheckedWindow.YEAR_TO_DATE, 1.0, 1.0, "MET"))); // a dossier nobody sent
        assertThat(verify(rows).differences()).extracting(Object::toString).containsExactlyInAnyOrder(
                "14758 · item 13 · YEAR_TO_DATE: expected 1 of 2, ClickHouse holds 0 of 2",
                "15763 · item 15 · TRAILING_30_DAYS: expected 1 of 2, ClickHouse holds 1 of 3",
                "38 · item 1 · AS_OF: expected target >= 50.0, ClickHouse holds target >= 40.0",
                "15763 · item 3 · AS_OF: expected status AT_RISK or MET (30 of 30), ClickHouse holds status BELOW (30 of 30)",
                "14758 · item 9 · MONTH_TO_DATE: expected a window ending 2026-04-10, ClickHouse holds one ending 2026-04-09",
                "15442 · item 14 · YEAR_TO_DATE: expected 1 of 2, ClickHouse holds nothing",
                "15442 · item 9 · YEAR_TO_DATE: expected 0 of 0, ClickHouse holds 1 of 1",
                "14758 · item 29 · YEAR_TO_DATE: expected points 0.75, ClickHouse holds points 0.5",
                "15763 · item 30 · QUARTER_TO_DATE: expected 4, ClickHouse holds 7",
                "38 · item 22 · YEAR_TO_DATE: expected target between 5.0 7.0, ClickHouse holds target between 5.0 9.0");
    }

    @Test
    void anAccountOfDossiersAloneListsTheOtherSourcesIndicatorsAsNotChecked() {
        IndicatorVerdict verdict = new ReplayVerifier(clickHouse, database(values(TinyAccount.VALUES)))
                .verify(TinyAccount.DAY, ReplayAccount.ofDossiers(TinyAccount.DOSSIERS), TinyAccount.PROVINCE);
        assertThat(verdict.differences()).isEmpty();
        assertThat(verdict.indicators()).isEqualTo(6);
        assertThat(verdict.notChecked()).containsEntry("13", "no account of its source (document) was given").containsKey("1").containsKey("3").hasSize(8 + 21);
    }

    private static IndicatorVerdict verify(List<Map<String, Object>> rows) {
        return new ReplayVerifier(clickHouse, database(rows)).verify(TinyAccount.DAY, TinyAccount.account(), TinyAccount.PROVINCE);
    }

    private static List<Map<String, Object>> values(List<TinyAccount.Value> values) {
        return new ArrayList<>(values.stream().map(ReplayVerifierTest::row).toList());
    }

    private static Map<String, Object> row(TinyAccount.Value value) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("unit_code", value.unit());
        row.put("unit_level", value.unit().equals(TinyAccount.PROVINCE) ? "PROVINCE" : "COMMUNE");
        row.put("indicator_set", "2026");
        row.put("indicator_code", value.indicator());
        row.put("year", 2026);
        row.put("window_kind", value.window().name());
        row.put("window_start", value.window().start(TinyAccount.DAY.asOf()).toString());
        row.put("window_end", TinyAccount.DAY.asOf().toString());
        row.put("judged", !value.status().equals("TREND"));
        row.put("numerator", value.numerator());
        row.put("denominator", value.denominator());
        row.put("value", value.denominator() == null ? value.numerator() : value.denominator() == 0 ? null : 100 * value.numerator() / value.denominator());
        row.put("target_operator", TinyAccount.OPERATORS.getOrDefault(value.indicator(), ">="));
        row.put("target_value", TinyAccount.TARGETS.get(value.indicator()));
        row.put("target_upper", value.indicator().equals("22") ? 7.0 : null); // "5-7 đơn đăng ký/năm"
        row.put("commune_target", false);
        row.put("status", value.status());
        row.put("points", TinyAccount.POINTS.get(value.unit() + " " + value.indicator() + " " + value.window()));
        row.put("approximate", false);
        row.put("computed_at", "2026-04-10 08:00:00.000");
        return row;
    }

    private static String database(List<Map<String, Object>> rows) {
        String database = "verify_" + (++databases);
        new Migrations(clickHouse, database).apply();
        clickHouse.insert(database + ".indicator_value_daily", rows, null);
        return database;
    }

    private static String database(Map<String, double[]> values) {
        String database = "verify_" + (++databases);
        new Migrations(clickHouse, database).apply();
        List<Map<String, Object>> rows = new ArrayList<>();
        values.forEach((unit, counts) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("unit_code", unit);
            row.put("unit_level", unit.equals("38") ? "PROVINCE" : "COMMUNE");
            row.put("indicator_set", "2026");
            row.put("indicator_code", "9");
            row.put("year", 2026);
            row.put("window_kind", "YEAR_TO_DATE");
            row.put("window_start", "2026-01-01");
            row.put("window_end", "2026-03-31");
            row.put("judged", true);
            row.put("numerator", counts[0]);
            row.put("denominator", counts[1]);
            row.put("value", counts[1] == 0 ? null : 100 * counts[0] / counts[1]);
            row.put("commune_target", false);
            row.put("status", "MET");
            row.put("approximate", false);
            // Computed on the day its window ends, as the live engine gives it: a row computed after that
            // day is a month-end value, which indicator_value_latest does not take (store V014).
            row.put("computed_at", "2026-03-31 20:00:00.000");
            rows.add(row);
        });
        clickHouse.insert(database + ".indicator_value_daily", rows, null);
        return database;
    }

    private static ExpectedDossier dossier(String code, String commune, boolean online) {
        return new ExpectedDossier(code, "H56", commune, 10, online, false, null, null, 3);
    }
}
