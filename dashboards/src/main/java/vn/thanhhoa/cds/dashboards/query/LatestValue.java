package vn.thanhhoa.cds.dashboards.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import vn.thanhhoa.cds.store.Row;

/** The newest computation of one indicator for one commune (a row of {@code indicator_value_latest}). */
public record LatestValue(String commune, String indicator, Double value, String status, Double points,
                          Target target, LocalDate windowEnd, Instant computedAt, Double numerator, Double denominator) {

    /** The target as the engine applied it: operator ({@code >=}, {@code >}, {@code <=}, {@code between}, …) and bounds. */
    public record Target(String operator, Double value, Double upper) {

        /** As the pages print it, e.g. "≥ 70", "5–7", "có". */
        public String text() {
            if (operator == null) {
                return "";
            }
            return switch (operator) {
                case ">=" -> "≥ " + Numbers.format(value);
                case ">" -> "> " + Numbers.format(value);
                case "<=" -> "≤ " + Numbers.format(value);
                case "between" -> Numbers.format(value) + "–" + Numbers.format(upper);
                case "exists" -> "Có";
                case "encouraged" -> "Khuyến khích";
                case "score" -> Numbers.format(value) + " điểm";
                default -> operator + " " + Numbers.format(value);
            };
        }
    }

    static final String COLUMNS = "unit_code, indicator_code, value, status, points, target_operator, target_value, target_upper,"
            + " toString(window_end) AS window_end, toUnixTimestamp64Milli(computed_at) AS computed_ms, numerator, denominator";

    static LatestValue of(Row row) {
        return new LatestValue(row.string("unit_code"), row.string("indicator_code"), number(row, "value"), row.string("status"),
                number(row, "points"), new Target(row.string("target_operator"), number(row, "target_value"), number(row, "target_upper")),
                LocalDate.parse(row.string("window_end")), Instant.ofEpochMilli(row.longValue("computed_ms")),
                number(row, "numerator"), number(row, "denominator"));
    }

    static Double number(Row row, String column) {
        return row.get(column) == null ? null : row.doubleValue(column);
    }

    public boolean met() {
        return "MET".equals(status);
    }

    public Optional<Double> maybeValue() {
        return Optional.ofNullable(value);
    }
}
