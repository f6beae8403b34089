package vn.thanhhoa.cds.catalog.command;

import java.util.List;
import java.util.stream.Collectors;

/** One CSV line (RFC 4180 quoting, so Vietnamese text with commas survives). */
final class CsvRow {

    private CsvRow() {}

    static String of(List<String> cells) {
        return cells.stream().map(CsvRow::cell).collect(Collectors.joining(","));
    }

    private static String cell(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
