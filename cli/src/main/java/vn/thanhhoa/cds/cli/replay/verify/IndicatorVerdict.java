package vn.thanhhoa.cds.cli.replay.verify;

import java.util.List;
import java.util.Map;

/**
 * The outcome of a check: how many units, indicators and (unit, indicator, window) values were
 * compared and how many of those ClickHouse holds a row for, every difference found, and the
 * indicators not checked with the reason.
 */
public record IndicatorVerdict(int units, int indicators, int valuesCompared, int valuesFound, List<Difference> differences, Map<String, String> notChecked) {

    /** One value that is not what the account says: expected and found, "nothing" when ClickHouse has no row. */
    public record Difference(String unit, String indicator, CheckedWindow window, String expected, String found) {
        @Override
        public String toString() {
            return "%s · item %s · %s: expected %s, ClickHouse holds %s".formatted(unit, indicator, window, expected, found);
        }
    }
}
