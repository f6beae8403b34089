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
import vn.thanhhoa.cds.simulators.tthc.ExpectedDossier;
import vn.thanhhoa.cds.store.embedded.EmbeddedClickHouse;
import vn.thanhhoa.cds.store.migration.Migrations;

/** The replay's check catches what it is there to catch: a lost event, one counted twice, a commune with no value. */
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
            row.put("computed_at", "2026-04-01 08:00:00.000");
            rows.add(row);
        });
        clickHouse.insert(database + ".indicator_value_daily", rows, null);
        return database;
    }

    private static ExpectedDossier dossier(String code, String commune, boolean online) {
        return new ExpectedDossier(code, "H56", commune, 10, online, false, null, null, 3);
    }
}
