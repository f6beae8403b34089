package vn.thanhhoa.cds.cli.replay.verify;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.thanhhoa.cds.adminunits.statistics.StatisticField;
import vn.thanhhoa.cds.adminunits.statistics.StatisticsTable;

/**
 * The 2026 indicators judged as of the day, from the monthly reports' and the declarations' accounts,
 * over the commune's reference statistic of the year (admin-units' data): a reported stock is the
 * value of the latest month reported up to the day (one reporter per body and commune in the
 * simulated reports, so no combining); a declared figure is the commune's declaration for the year.
 */
final class StockFigures {

    private record Stock(String measure, StatisticField over) {
    }

    private static final Map<String, Stock> REPORTED = Map.of(
            "1", new Stock("telecom.population.covered_4g5g", StatisticField.POPULATION),
            "2", new Stock("telecom.users.fixed_broadband_1gbps", StatisticField.POPULATION),
            "17", new Stock("bank.accounts", StatisticField.AGED_15_PLUS),
            "23", new Stock("bank.account_holders.age15plus", StatisticField.AGED_15_PLUS),
            "24", new Stock("telecom.households.ftth", StatisticField.HOUSEHOLDS),
            "28", new Stock("telecom.adults.digital_signature", StatisticField.ADULTS_18_PLUS));

    /** Declared items and what they are divided by (null: a count). */
    private static final Map<String, StatisticField> DECLARED = declared();

    private static Map<String, StatisticField> declared() {
        Map<String, StatisticField> declared = new TreeMap<>(Map.of("3", StatisticField.OFFICIALS, "19", StatisticField.SMES, "20", StatisticField.ENTERPRISES,
                "25b", StatisticField.ADULTS_18_PLUS, "25c", StatisticField.ADULTS_18_PLUS, "25d", StatisticField.ADULTS_18_PLUS,
                "26", StatisticField.CITIZENS_14_PLUS));
        declared.put("18", null);
        declared.put("21", null);
        return declared;
    }

    private StockFigures() {
    }

    static List<ExpectedFigure> reported(Map<String, Double> values, StatisticsTable statistics, VerificationDay day) {
        // commune|measure → the latest month up to the day, and its value
        Map<String, YearMonth> latestMonth = new TreeMap<>();
        Map<String, Double> latestValue = new TreeMap<>();
        YearMonth first = YearMonth.of(day.year(), 1);
        YearMonth last = YearMonth.from(day.asOf());
        values.forEach((key, value) -> {
            String[] parts = key.split("\\|");
            YearMonth month = YearMonth.parse(parts[2]);
            String stock = parts[0] + "|" + parts[1];
            if (!month.isBefore(first) && !month.isAfter(last) && (latestMonth.get(stock) == null || month.isAfter(latestMonth.get(stock)))) {
                latestMonth.put(stock, month);
                latestValue.put(stock, value);
            }
        });
        List<ExpectedFigure> figures = new ArrayList<>();
        latestValue.forEach((stock, value) -> {
            String[] parts = stock.split("\\|");
            REPORTED.forEach((code, definition) -> {
                if (definition.measure().equals(parts[1])) {
                    figures.add(new ExpectedFigure(parts[0], code, CheckedWindow.AS_OF, value, statistic(statistics, day, parts[0], definition.over())));
                }
            });
        });
        return figures;
    }

    static List<ExpectedFigure> declared(Map<String, String> declarations, StatisticsTable statistics, VerificationDay day) {
        List<ExpectedFigure> figures = new ArrayList<>();
        Map<String, double[]> broadcasts = new TreeMap<>();
        declarations.forEach((key, declared) -> {
            String[] parts = key.split("\\|");
            if (parts.length < 4 || !parts[1].equals(CheckedIndicator.SET) || Integer.parseInt(parts[3]) != day.year()) {
                return;
            }
            switch (parts[2]) {
                case "22" -> figures.add(new ExpectedFigure(parts[0], "22", CheckedWindow.YEAR_TO_DATE, declaredValue(declared), null));
                case "29" -> figures.add(new ExpectedFigure(parts[0], "29", CheckedWindow.YEAR_TO_DATE, declaredValue(declared), null, webPoints(declared)));
                case "30" -> broadcast(broadcasts, parts[0], YearMonth.parse(parts[4]), declaredValue(declared), day);
                default -> { }
            }
            if (parts.length != 4 || !DECLARED.containsKey(parts[2])) {
                return;
            }
            StatisticField over = DECLARED.get(parts[2]);
            figures.add(new ExpectedFigure(parts[0], parts[2], CheckedWindow.AS_OF, declaredValue(declared),
                    over == null ? null : statistic(statistics, day, parts[0], over)));
        });
        broadcasts.forEach((commune, counts) -> {
            List<CheckedWindow> windows = List.of(CheckedWindow.YEAR_TO_DATE, CheckedWindow.QUARTER_TO_DATE, CheckedWindow.MONTH_TO_DATE);
            for (int w = 0; w < windows.size(); w++) {
                figures.add(new ExpectedFigure(commune, "30", windows.get(w), counts[w], null,
                        windows.get(w) == CheckedWindow.MONTH_TO_DATE ? radioPoints(counts[w]) : null));
            }
            if (day.live()) {
                // A month's declaration has no days: nothing to show for the trailing 30 days.
                figures.add(new ExpectedFigure(commune, "30", CheckedWindow.TRAILING_30_DAYS, null, null));
            }
        });
        return figures;
    }

    /** Item 30: a month's broadcasts count in a window when the whole month is up to the day and starts in the window. */
    private static void broadcast(Map<String, double[]> broadcasts, String commune, YearMonth month, Double value, VerificationDay day) {
        double[] counts = broadcasts.computeIfAbsent(commune, c -> new double[3]);
        CheckedWindow[] windows = {CheckedWindow.YEAR_TO_DATE, CheckedWindow.QUARTER_TO_DATE, CheckedWindow.MONTH_TO_DATE};
        for (int w = 0; w < windows.length; w++) {
            LocalDate first = month.atDay(1);
            if (value != null && !first.isBefore(windows[w].start(day.asOf())) && !first.isAfter(day.asOf())) {
                counts[w] += value;
            }
        }
    }

    /** Seed 004, item 30: 4 broadcasts a month or more, the maximum; 2–3, half; fewer, none. */
    private static double radioPoints(double broadcasts) {
        return broadcasts >= 4 ? 1 : broadcasts >= 2 ? 0.5 : 0;
    }

    /**
     * Seed 004, item 29: an own section gives 1/2 of the maximum, else a link to the province's page
     * 1/4 (alternatives: the best case adds up to the maximum); 24 posts or more 1/2, 12–23 posts 1/4.
     */
    private static Double webPoints(String declared) {
        Double posts = declaredValue(declared);
        if (posts == null) {
            return null;
        }
        double site = declared.contains("web.dx_section=true") ? 0.5 : declared.contains("web.dx_link=true") ? 0.25 : 0;
        return site + (posts >= 24 ? 0.5 : posts >= 12 ? 0.25 : 0);
    }

    /** {@code giaTri=41} (or {@code giaTri=3;mauSo=4}) → 41. */
    private static Double declaredValue(String declared) {
        for (String part : declared.split(";")) {
            if (part.startsWith("giaTri=")) {
                return Double.valueOf(part.substring("giaTri=".length()));
            }
        }
        return null;
    }

    private static Double statistic(StatisticsTable statistics, VerificationDay day, String commune, StatisticField field) {
        return statistics.of(day.year(), commune).map(figures -> (double) figures.value(field)).orElse(null);
    }
}
