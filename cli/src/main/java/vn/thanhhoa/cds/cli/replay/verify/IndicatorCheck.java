package vn.thanhhoa.cds.cli.replay.verify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.thanhhoa.cds.store.ClickHouse;
import vn.thanhhoa.cds.store.Row;

/**
 * Compares every 2026 value the simulators' accounts determine with what ClickHouse holds at the end
 * of a replay ({@code indicator_value_latest FINAL}): per commune and the province (the sum of its
 * communes' numerators and denominators), every window the engine writes, the numerator and
 * denominator, the day the window ends, and on the judged window the target and the status. The
 * expected figures are worked out from the accounts in this package, never with the engine's code.
 *
 * <p>A commune absent from a flow's account expects 0 of 0, so a row with those figures, or none,
 * agrees; a declared or reported figure absent from its account expects no data (a row without a
 * numerator, or none). Anything else found is a difference, as is any expected figure not found.
 */
public final class IndicatorCheck {

    private static final double TOLERANCE = 1e-6;

    private record Key(String unit, String indicator, CheckedWindow window) {
    }

    private record Found(Double numerator, Double denominator, LocalDate windowEnd, String targetOperator, Double targetValue, Double targetUpper, String status,
                         Double points) {
    }

    private final ClickHouse clickHouse;
    private final String database;

    public IndicatorCheck(ClickHouse clickHouse, String database) {
        this.clickHouse = clickHouse;
        this.database = database;
    }

    public IndicatorVerdict verify(VerificationDay day, ReplayAccount account, String province) {
        Map<String, String> notChecked = new TreeMap<>(CheckedIndicator.NOT_CHECKED);
        List<ExpectedFigure> communes = new ArrayList<>();
        Set<String> sources = new TreeSet<>();
        if (account.dossiers() != null) {
            communes.addAll(DossierFigures.of(account.dossiers(), day));
            sources.add("tthc");
        }
        if (account.documents() != null) {
            communes.addAll(QlvbFigures.documents(account.documents(), day));
            sources.add("document");
        }
        if (account.tasks() != null) {
            communes.addAll(QlvbFigures.tasks(account.tasks(), day));
            sources.add("task");
        }
        if (account.periodicReports() != null) {
            communes.addAll(QlvbFigures.periodicReports(account.periodicReports(), day));
            sources.add("periodic-report");
        }
        if (account.statistics() != null && account.reportedValues() != null) {
            communes.addAll(StockFigures.reported(account.reportedValues(), account.statistics(), day));
            sources.add("report");
        }
        if (account.statistics() != null && account.declarations() != null) {
            communes.addAll(StockFigures.declared(account.declarations(), account.statistics(), day));
            sources.add("declaration");
        }
        Map<String, CheckedIndicator> checked = new TreeMap<>();
        CheckedIndicator.ALL.forEach((code, indicator) -> {
            if (sources.contains(indicator.source())) {
                checked.put(code, indicator);
            } else {
                notChecked.put(code, "no account of its source (" + indicator.source() + ") was given");
            }
        });

        Map<Key, ExpectedFigure> expected = new LinkedHashMap<>();
        communes.stream().filter(figure -> checked.containsKey(figure.indicator()))
                .forEach(figure -> expected.put(new Key(figure.unit(), figure.indicator(), figure.window()), figure));
        expected.putAll(provinceTotals(communes, checked, day, province));

        Map<Key, Found> found = found(day, checked.keySet());
        Set<Key> keys = new TreeSet<>(Comparator.comparing(Key::unit).thenComparing(Key::indicator).thenComparing(Key::window));
        keys.addAll(expected.keySet());
        found.keySet().stream().filter(key -> checked.get(key.indicator()).windows(day).contains(key.window())).forEach(keys::add);

        List<IndicatorVerdict.Difference> differences = new ArrayList<>();
        Set<String> units = new TreeSet<>();
        int valuesFound = 0;
        for (Key key : keys) {
            valuesFound += found.containsKey(key) ? 1 : 0;
            CheckedIndicator indicator = checked.get(key.indicator());
            ExpectedFigure figure = expected.getOrDefault(key, nothing(key, indicator));
            units.add(key.unit());
            compare(key, indicator, figure, found.get(key), day, key.unit().equals(province), differences);
        }
        return new IndicatorVerdict(units.size(), checked.size(), keys.size(), valuesFound, differences, notChecked);
    }

    /** The province: the sum of its communes' numerators and denominators, over the communes that have a figure. */
    private static Map<Key, ExpectedFigure> provinceTotals(List<ExpectedFigure> communes, Map<String, CheckedIndicator> checked, VerificationDay day, String province) {
        Map<Key, double[]> sums = new HashMap<>();
        Map<Key, Boolean> counts = new HashMap<>();
        for (ExpectedFigure figure : communes) {
            if (!checked.containsKey(figure.indicator()) || figure.numerator() == null) {
                continue;
            }
            Key key = new Key(province, figure.indicator(), figure.window());
            double[] sum = sums.computeIfAbsent(key, k -> new double[2]);
            sum[0] += figure.numerator();
            sum[1] += figure.denominator() == null ? 0 : figure.denominator();
            counts.merge(key, figure.denominator() == null, (a, b) -> a && b);
        }
        Map<Key, ExpectedFigure> totals = new HashMap<>();
        sums.forEach((key, sum) -> totals.put(key, new ExpectedFigure(province, key.indicator(), key.window(), sum[0], counts.get(key) ? null : sum[1])));
        return totals;
    }

    private static ExpectedFigure nothing(Key key, CheckedIndicator indicator) {
        return indicator.flow() && !indicator.source().equals("declaration") ? new ExpectedFigure(key.unit(), key.indicator(), key.window(), 0.0, 0.0)
                : new ExpectedFigure(key.unit(), key.indicator(), key.window(), null, null);
    }

    private static void compare(Key key, CheckedIndicator indicator, ExpectedFigure expected, Found found, VerificationDay day, boolean province,
                                List<IndicatorVerdict.Difference> differences) {
        boolean empty = expected.numerator() == null
                || expected.denominator() != null && expected.numerator() == 0 && expected.denominator() == 0;
        if (found == null) {
            if (!empty) {
                differences.add(new IndicatorVerdict.Difference(key.unit(), key.indicator(), key.window(), expected.figures(), "nothing"));
            }
            return;
        }
        String foundFigures = found.numerator() == null ? "no data" : found.denominator() == null ? "%,.0f".formatted(found.numerator())
                : "%,.0f of %,.0f".formatted(found.numerator(), found.denominator());
        boolean same = expected.numerator() == null ? found.numerator() == null
                : close(expected.numerator(), found.numerator()) && (expected.denominator() == null || close(expected.denominator(), found.denominator()));
        if (!same) {
            differences.add(new IndicatorVerdict.Difference(key.unit(), key.indicator(), key.window(), expected.figures(), foundFigures));
        }
        if (!day.asOf().equals(found.windowEnd())) {
            differences.add(new IndicatorVerdict.Difference(key.unit(), key.indicator(), key.window(), "a window ending " + day.asOf(),
                    "one ending " + found.windowEnd()));
        }
        if (key.window() != indicator.judgedOn() || expected.numerator() == null) {
            return;
        }
        if (!Objects.equals(indicator.operator(), found.targetOperator()) || indicator.target() != null && !close(indicator.target(), found.targetValue())
                || indicator.upper() != null && !close(indicator.upper(), found.targetUpper())) {
            differences.add(new IndicatorVerdict.Difference(key.unit(), key.indicator(), key.window(),
                    "target " + indicator.operator() + (indicator.target() == null ? "" : " " + indicator.target()) + (indicator.upper() == null ? "" : " " + indicator.upper()),
                    "target " + found.targetOperator() + (found.targetValue() == null ? "" : " " + found.targetValue())
                            + (found.targetUpper() == null ? "" : " " + found.targetUpper())));
        }
        if (same && expected.points() != null && !province && !close(expected.points(), found.points())) {
            differences.add(new IndicatorVerdict.Difference(key.unit(), key.indicator(), key.window(), "points " + expected.points(), "points " + found.points()));
        }
        // A status is judged on figures: when they differ, that difference is the one to list.
        Set<String> statuses = indicator.statuses(expected, !province);
        if (same && !statuses.isEmpty() && !statuses.contains(found.status())) {
            differences.add(new IndicatorVerdict.Difference(key.unit(), key.indicator(), key.window(),
                    "status " + statuses.stream().sorted().collect(Collectors.joining(" or ")) + " (" + expected.figures() + ")",
                    "status " + found.status() + " (" + foundFigures + ")"));
        }
    }

    private static boolean close(double expected, Double found) {
        return found != null && Math.abs(expected - found) <= TOLERANCE * Math.max(1, Math.abs(expected));
    }

    private Map<Key, Found> found(VerificationDay day, Set<String> indicators) {
        String codes = indicators.stream().map(code -> "'" + code + "'").collect(Collectors.joining(", "));
        Map<Key, Found> found = new HashMap<>();
        for (Row row : clickHouse.query("SELECT unit_code, indicator_code, window_kind, toString(window_end) AS window_end, numerator, denominator, "
                + "target_operator, target_value, target_upper, status, points FROM " + database + ".indicator_value_latest FINAL WHERE indicator_set = '" + CheckedIndicator.SET
                + "' AND year = " + day.year() + " AND unit_level IN ('COMMUNE', 'PROVINCE') AND indicator_code IN (" + codes + ")")) {
            CheckedWindow window;
            try {
                window = CheckedWindow.valueOf(row.string("window_kind"));
            } catch (IllegalArgumentException unknown) {
                continue;
            }
            found.put(new Key(row.string("unit_code"), row.string("indicator_code"), window), new Found(number(row, "numerator"), number(row, "denominator"),
                    LocalDate.parse(row.string("window_end")), row.string("target_operator"), number(row, "target_value"), number(row, "target_upper"), row.string("status"),
                    number(row, "points")));
        }
        return found;
    }

    private static Double number(Row row, String column) {
        return row.get(column) == null ? null : row.doubleValue(column);
    }
}
