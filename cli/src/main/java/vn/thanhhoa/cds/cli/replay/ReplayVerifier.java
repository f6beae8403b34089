package vn.thanhhoa.cds.cli.replay;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.thanhhoa.cds.cli.replay.verify.IndicatorCheck;
import vn.thanhhoa.cds.cli.replay.verify.IndicatorVerdict;
import vn.thanhhoa.cds.cli.replay.verify.ReplayAccount;
import vn.thanhhoa.cds.cli.replay.verify.VerificationDay;
import vn.thanhhoa.cds.simulators.tthc.ExpectedDossier;
import vn.thanhhoa.cds.store.ClickHouse;
import vn.thanhhoa.cds.store.Row;

/**
 * Compares what ClickHouse holds at the end of a replay with what the simulator says it generated,
 * computed here from its own account and never with the engine's code: {@link #verify} checks every
 * 2026 indicator the simulators feed, for every commune, the province and window ({@code verify}
 * package); {@link #item9} the 2026 item 9 alone (dossiers received online over dossiers received,
 * year to date), as the fault suite calls it.
 */
final class ReplayVerifier {

    private static final String SET = "2026";
    private static final String ITEM = "9";

    /** One commune's (or the province's) figures: expected from the account, found in ClickHouse. */
    record Difference(String unit, double expectedNumerator, double expectedDenominator, Double numerator, Double denominator) {
        @Override
        public String toString() {
            return "%s: expected %,.0f of %,.0f, ClickHouse holds %s".formatted(unit, expectedNumerator, expectedDenominator,
                    numerator == null ? "nothing" : "%,.0f of %,.0f".formatted(numerator, denominator));
        }
    }

    record Verdict(int unitsCompared, List<Difference> differences) {
    }

    private final ClickHouse clickHouse;
    private final String database;

    ReplayVerifier(ClickHouse clickHouse, String database) {
        this.clickHouse = clickHouse;
        this.database = database;
    }

    /**
     * Every 2026 value the accounts determine, per commune and the province and per window, as of
     * {@code day} ({@link vn.thanhhoa.cds.cli.replay.verify.IndicatorCheck}).
     */
    IndicatorVerdict verify(VerificationDay day, ReplayAccount account, String provinceCode) {
        return new IndicatorCheck(clickHouse, database).verify(day, account, provinceCode);
    }

    Verdict item9(int year, Iterable<ExpectedDossier> account, String provinceCode) {
        String yearDigits = String.format("%02d", year % 100);
        Map<String, double[]> expected = new TreeMap<>();
        double[] province = new double[2];
        for (ExpectedDossier dossier : account) {
            // The dossier code carries its year of reception (…-YYMMDD-…): every simulated state counts as received.
            if (dossier.dossierCode().split("-")[1].startsWith(yearDigits)) {
                double[] counts = expected.computeIfAbsent(dossier.communeCode(), c -> new double[2]);
                counts[0] += dossier.online() ? 1 : 0;
                counts[1] += 1;
                province[0] += dossier.online() ? 1 : 0;
                province[1] += 1;
            }
        }
        expected.put(provinceCode, province);
        Map<String, double[]> actual = new TreeMap<>();
        for (Row row : clickHouse.query("SELECT unit_code, numerator, denominator FROM " + database + ".indicator_value_latest FINAL "
                + "WHERE indicator_set = '" + SET + "' AND indicator_code = '" + ITEM + "' AND window_kind = 'YEAR_TO_DATE' AND year = " + year
                + " AND unit_level IN ('COMMUNE', 'PROVINCE')")) {
            actual.put(row.string("unit_code"), new double[] {row.doubleValue("numerator"), row.doubleValue("denominator")});
        }
        List<Difference> differences = new ArrayList<>();
        expected.forEach((unit, counts) -> {
            double[] found = actual.get(unit);
            if (found == null || found[0] != counts[0] || found[1] != counts[1]) {
                differences.add(new Difference(unit, counts[0], counts[1], found == null ? null : found[0], found == null ? null : found[1]));
            }
        });
        return new Verdict(expected.size(), differences);
    }
}
