package vn.thanhhoa.cds.dashboards;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.thanhhoa.cds.store.ClickHouseValues;

/** Rows of {@code indicator_value_daily} as the sink writes them, for tests to insert. */
public final class IndicatorRows {

    private IndicatorRows() {
    }

    public static Map<String, Object> value(String commune, String set, String code, int year, String window, LocalDate day,
                                            Double value, String status, Double target, Instant computedAt) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("unit_code", commune);
        row.put("unit_level", "COMMUNE");
        row.put("indicator_set", set);
        row.put("indicator_code", code);
        row.put("year", year);
        row.put("window_kind", window);
        row.put("window_start", LocalDate.of(year, 1, 1).toString());
        row.put("window_end", day.toString());
        row.put("judged", true);
        row.put("numerator", value);
        row.put("denominator", value == null ? null : 100.0);
        row.put("value", value);
        row.put("target_operator", target == null ? null : ">=");
        row.put("target_value", target);
        row.put("status", status);
        row.put("computed_at", ClickHouseValues.dateTime64(computedAt.toEpochMilli()));
        return row;
    }
}
