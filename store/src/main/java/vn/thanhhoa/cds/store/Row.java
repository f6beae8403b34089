package vn.thanhhoa.cds.store;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One result row, column name → value. The two implementations return numbers in different Java
 * types (JSON numbers from the embedded engine, driver types from JDBC), so callers read values
 * through the typed accessors, which accept either.
 */
public record Row(Map<String, Object> values) {

    public Row {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public Object get(String column) {
        if (!values.containsKey(column)) {
            throw new IllegalArgumentException("no column '" + column + "' in row " + values.keySet());
        }
        return values.get(column);
    }

    public String string(String column) {
        Object value = get(column);
        return value == null ? null : value.toString();
    }

    public long longValue(String column) {
        Object value = Objects.requireNonNull(get(column), () -> "column '" + column + "' is NULL");
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).longValueExact();
        }
        return Long.parseLong(value.toString());
    }

    public double doubleValue(String column) {
        Object value = Objects.requireNonNull(get(column), () -> "column '" + column + "' is NULL");
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        return Double.parseDouble(value.toString());
    }
}
