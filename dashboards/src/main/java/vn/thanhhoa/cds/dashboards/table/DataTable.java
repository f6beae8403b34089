package vn.thanhhoa.cds.dashboards.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table as a page shows it and as it is exported: the page, the CSV and the XLSX are made from
 * the same object, so an export holds exactly what the user was allowed to see.
 *
 * @param rows column key → value (String, Number, LocalDate, Instant or null)
 */
public record DataTable(String name, String title, List<Column> columns, List<Map<String, Object>> rows) {

    public DataTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(row -> Collections.unmodifiableMap(new LinkedHashMap<>(row))).toList();
    }

    /** Builds rows in column order. */
    public static final class Builder {
        private final String name;
        private final String title;
        private final List<Column> columns;
        private final List<Map<String, Object>> rows = new ArrayList<>();

        public Builder(String name, String title, List<Column> columns) {
            this.name = name;
            this.title = title;
            this.columns = List.copyOf(columns);
        }

        /** One row, values in column order. */
        public Builder row(Object... values) {
            if (values.length != columns.size()) {
                throw new IllegalArgumentException("table " + name + " has " + columns.size() + " columns, row has " + values.length);
            }
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < values.length; i++) {
                row.put(columns.get(i).key(), values[i]);
            }
            rows.add(row);
            return this;
        }

        public DataTable build() {
            return new DataTable(name, title, columns, rows);
        }
    }
}
