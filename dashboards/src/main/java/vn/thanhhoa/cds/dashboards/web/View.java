package vn.thanhhoa.cds.dashboards.web;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.thanhhoa.cds.dashboards.table.DataTable;

/**
 * What a page's API answers: its tables (each also exportable as CSV and XLSX) and whatever else
 * the page draws (chart series, filter options, the selection in force).
 */
public record View(Map<String, DataTable> tables, Map<String, Object> extra) {

    public View {
        tables = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tables));
        extra = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }

    /** The JSON body: the extra fields, and {@code tables} by name. */
    public Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>(extra);
        json.put("tables", tables);
        return json;
    }
}
