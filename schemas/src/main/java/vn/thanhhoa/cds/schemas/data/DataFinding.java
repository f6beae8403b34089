package vn.thanhhoa.cds.schemas.data;

import java.util.Objects;

/**
 * One thing a check of a reference-data file found: where it is (file, line, field) and what is wrong.
 * Errors stop the data from being used; warnings report plausible mistakes that the source
 * documents really contain and that the data keeps on purpose.
 *
 * @param severity whether the data can still be used
 * @param file     the data file, as a path relative to the resource root (for example {@code catalog/indicators-2026.yaml})
 * @param line     1-based line in that file, or 0 when the finding is about the file as a whole
 * @param field    the field or key concerned (for example {@code indicators[3].targets.2025}), or empty
 * @param message  one readable sentence
 */
public record DataFinding(Severity severity, String file, int line, String field, String message) {

    public enum Severity { ERROR, WARNING }

    public DataFinding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        field = field == null ? "" : field;
        if (line < 0) {
            throw new IllegalArgumentException("line must be 0 (whole file) or positive, was " + line);
        }
    }

    public static DataFinding error(String file, int line, String field, String message) {
        return new DataFinding(Severity.ERROR, file, line, field, message);
    }

    public static DataFinding warning(String file, int line, String field, String message) {
        return new DataFinding(Severity.WARNING, file, line, field, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line: error: [field] message}, the shape compilers use, so editors can jump to it. */
    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line : file;
        String what = field.isEmpty() ? message : field + ": " + message;
        return where + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + what;
    }
}
