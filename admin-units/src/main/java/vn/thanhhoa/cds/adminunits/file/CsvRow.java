package vn.thanhhoa.cds.adminunits.file;

import java.util.Map;

/** One well-formed data row of a CSV resource: its values by column name and where it is. */
public record CsvRow(SourceLine at, Map<String, String> values) {

    public CsvRow {
        values = Map.copyOf(values);
    }

    /** The trimmed value of a column the table declared as required, never null. */
    public String get(String column) {
        String value = values.get(column);
        if (value == null) {
            throw new IllegalArgumentException(at + ": no column " + column);
        }
        return value.strip();
    }
}
