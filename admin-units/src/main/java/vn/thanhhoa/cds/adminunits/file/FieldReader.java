package vn.thanhhoa.cds.adminunits.file;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import vn.thanhhoa.cds.schemas.data.DataFinding;

/**
 * Typed reads of one row's values that add an error naming file, line and column instead of
 * throwing, so that one bad row does not hide the others.
 */
public final class FieldReader {

    private final CsvRow row;
    private final List<DataFinding> findings;
    private boolean failed;

    public FieldReader(CsvRow row, List<DataFinding> findings) {
        this.row = row;
        this.findings = findings;
    }

    /** True when any read of this row added an error: the row must then not become a record. */
    public boolean failed() {
        return failed;
    }

    public String required(String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            error(column, "is empty");
        }
        return value;
    }

    public String optional(String column) {
        return row.get(column);
    }

    public long count(String column) {
        String value = required(column);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            if (!value.isEmpty()) {
                error(column, "'" + value + "' is not a whole number");
            }
            return 0;
        }
    }

    /** An ISO date, or empty when the column is blank (an open end of a validity period). */
    public Optional<LocalDate> date(String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            error(column, "'" + value + "' is not a date (yyyy-MM-dd)");
            return Optional.empty();
        }
    }

    public void error(String column, String message) {
        failed = true;
        findings.add(DataFinding.error(row.at().file(), row.at().line(), column, message));
    }
}
