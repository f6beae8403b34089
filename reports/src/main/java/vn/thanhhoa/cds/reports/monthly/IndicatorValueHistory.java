package vn.thanhhoa.cds.reports.monthly;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.thanhhoa.cds.store.ClickHouse;
import vn.thanhhoa.cds.store.Row;

/**
 * Reads judged commune values from {@code indicator_value_daily} (every computation the sink
 * wrote) as they stood at a cut-off: for each commune and indicator, among the rows whose window
 * ends within the month and that were computed before the cut-off, the newest day, then the newest
 * computation of that day. Rows computed after the cut-off are never seen, which is what makes a
 * past month reproducible.
 */
public final class IndicatorValueHistory {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_.\\-]+");

    private final ClickHouse clickHouse;
    private final String database;

    public IndicatorValueHistory(ClickHouse clickHouse, String database) {
        if (!Pattern.matches("[A-Za-z_][A-Za-z0-9_]*", database)) {
            throw new IllegalArgumentException("not a plain database name: '" + database + "'");
        }
        this.clickHouse = clickHouse;
        this.database = database;
    }

    /** Values keyed by {@link StoredValue#key(String, String)}. */
    public Map<String, StoredValue> asItStood(String indicatorSet, ReportMonth month, Instant cutoff, Collection<String> communeCodes) {
        if (communeCodes.isEmpty()) {
            return Map.of();
        }
        String sql = "SELECT unit_code, indicator_code, value, numerator, denominator, target_operator, target_value, target_upper,"
                + " status, points, toString(window_end) AS as_of, toUnixTimestamp64Milli(computed_at) AS computed_ms"
                + " FROM " + database + ".indicator_value_daily"
                + " WHERE year = " + month.year()
                + " AND indicator_set = " + quoted(indicatorSet)
                + " AND judged AND unit_level = 'COMMUNE'"
                + " AND window_end BETWEEN " + date(month.firstDay()) + " AND " + date(month.lastDay())
                + " AND computed_at < fromUnixTimestamp64Milli(toInt64(" + cutoff.toEpochMilli() + "), 'UTC')"
                + " AND unit_code IN (" + communeCodes.stream().map(IndicatorValueHistory::quoted).collect(Collectors.joining(",")) + ")"
                + " ORDER BY unit_code, indicator_code, window_end DESC, computed_at DESC"
                + " LIMIT 1 BY unit_code, indicator_code";
        Map<String, StoredValue> values = new LinkedHashMap<>();
        for (Row row : clickHouse.query(sql)) {
            StoredValue value = new StoredValue(row.string("unit_code"), row.string("indicator_code"), number(row, "value"),
                    number(row, "numerator"), number(row, "denominator"), Optional.ofNullable(row.string("target_operator")),
                    number(row, "target_value"), number(row, "target_upper"), ReportStatus.fromStored(row.string("status")),
                    number(row, "points"), LocalDate.parse(row.string("as_of")), Instant.ofEpochMilli(row.longValue("computed_ms")));
            values.put(value.key(), value);
        }
        return values;
    }

    private static Optional<Double> number(Row row, String column) {
        return row.get(column) == null ? Optional.empty() : Optional.of(row.doubleValue(column));
    }

    private static String date(LocalDate day) {
        return "toDate32('" + day + "')";
    }

    private static String quoted(String text) {
        if (!PLAIN.matcher(text).matches()) {
            throw new IllegalArgumentException("not a plain code: '" + text + "'");
        }
        return "'" + text + "'";
    }
}
