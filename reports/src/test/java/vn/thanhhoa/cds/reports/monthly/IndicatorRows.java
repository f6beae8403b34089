package vn.thanhhoa.cds.reports.monthly;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.thanhhoa.cds.store.ClickHouseValues;

/** Rows of indicator_value_daily as the sink writes them, built by the tests. */
final class IndicatorRows {

    private IndicatorRows() {
    }

    /** A judged commune value; {@code computedAt} in the province's offset, e.g. "2024-03-31T23:00+07:00". */
    static Map<String, Object> judged(String commune, String code, String window, LocalDate windowEnd, Double numerator, Double denominator,
                                      Double value, String operator, Double target, String status, String computedAt) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("unit_code", commune);
        row.put("unit_level", "COMMUNE");
        row.put("indicator_set", windowEnd.getYear() >= 2026 ? "2026" : "2023-2025");
        row.put("indicator_code", code);
        row.put("year", windowEnd.getYear());
        row.put("window_kind", window);
        row.put("window_start", (window.equals("AS_OF") ? windowEnd : windowEnd.withDayOfYear(1)).toString());
        row.put("window_end", windowEnd.toString());
        row.put("judged", true);
        row.put("numerator", numerator);
        row.put("denominator", denominator);
        row.put("value", value);
        row.put("target_operator", operator);
        row.put("target_value", target);
        row.put("commune_target", false);
        row.put("status", status);
        row.put("approximate", false);
        row.put("computed_at", ClickHouseValues.dateTime64(OffsetDateTime.parse(computedAt).toInstant().toEpochMilli()));
        return row;
    }

    /** The same value over a trend window: never judged, never in a report. */
    static Map<String, Object> trend(String commune, String code, LocalDate windowEnd, double value, String computedAt) {
        Map<String, Object> row = judged(commune, code, "MONTH_TO_DATE", windowEnd, null, null, value, ">=", 75.0, "TREND", computedAt);
        row.put("judged", false);
        row.put("window_start", windowEnd.withDayOfMonth(1).toString());
        return row;
    }
}
