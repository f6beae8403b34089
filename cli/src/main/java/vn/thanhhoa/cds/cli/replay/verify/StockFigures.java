package vn.thanhhoa.cds.cli.replay.verify;

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
        declarations.forEach((key, declared) -> {
            String[] parts = key.split("\\|");
            if (parts.length != 4 || !parts[1].equals(CheckedIndicator.SET) || Integer.parseInt(parts[3]) != day.year() || !DECLARED.containsKey(parts[2])) {
                return;
            }
            StatisticField over = DECLARED.get(parts[2]);
            figures.add(new ExpectedFigure(parts[0], parts[2], CheckedWindow.AS_OF, declaredValue(declared),
                    over == null ? null : statistic(statistics, day, parts[0], over)));
        });
        return figures;
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
