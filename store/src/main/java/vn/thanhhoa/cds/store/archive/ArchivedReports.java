package vn.thanhhoa.cds.store.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.thanhhoa.cds.store.ClickHouse;
import vn.thanhhoa.cds.store.Row;

/**
 * Reads the monthly reports kept in {@code report_archive} (V005, V011): one row's description, and
 * its bytes from the row (base64) or from the file the row names. The one place the archive is read
 * from: the reports module (which writes it) and the web application (which lists and serves it)
 * both come here, so a file is read the same way wherever it is opened.
 *
 * <p>Report ids are checked against {@link #REPORT_ID} before any SQL is written: the id comes from a
 * URL, and the embedded engine takes no bind parameters.
 */
public final class ArchivedReports {

    /** {@code unit-yyyy-MM-format-generatedMillis-sha256prefix}, as the reports module makes them: {@code 397-2024-03-pdf-1711904400000-0123456789ab}. */
    public static final Pattern REPORT_ID = Pattern.compile("[0-9A-Za-z]{1,20}-[0-9]{4}-(0[1-9]|1[0-2])-(pdf|xlsx)-[0-9]{1,15}-[0-9a-f]{12}");
    private static final Pattern DATABASE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final ClickHouse clickHouse;
    private final String table;

    public ArchivedReports(ClickHouse clickHouse, String database) {
        if (!DATABASE.matcher(database).matches()) {
            throw new IllegalArgumentException("not a plain database name: '" + database + "'");
        }
        this.clickHouse = clickHouse;
        this.table = database + ".report_archive";
    }

    public static boolean isReportId(String text) {
        return text != null && REPORT_ID.matcher(text).matches();
    }

    /** The row of a report, without its bytes; empty for an id of the right form that is not archived. */
    public Optional<ArchivedReport> find(String reportId) {
        requireReportId(reportId);
        List<Row> rows = clickHouse.query("SELECT report_id, unit_code, toString(month) AS month_day, format, file_path, size_bytes, sha256,"
                + " toUnixTimestamp64Milli(generated_at) AS generated_ms, provisional FROM " + table + " FINAL WHERE report_id = '" + reportId + "' LIMIT 1");
        return rows.stream().findFirst().map(ArchivedReports::report);
    }

    /** The bytes of an archived report, as they were stored (from the row, or the file it names). */
    public byte[] content(ArchivedReport report) {
        if (!report.filePath().isEmpty()) {
            try {
                return Files.readAllBytes(Path.of(report.filePath()));
            } catch (IOException e) {
                throw new IllegalStateException("The archived report " + report.reportId() + " names the file " + report.filePath()
                        + ", which cannot be read: " + e.getMessage(), e);
            }
        }
        requireReportId(report.reportId());
        List<Row> rows = clickHouse.query("SELECT content FROM " + table + " FINAL WHERE report_id = '" + report.reportId() + "' LIMIT 1");
        if (rows.isEmpty()) {
            throw new IllegalStateException("The archived report " + report.reportId() + " is no longer in " + table + ".");
        }
        return Base64.getDecoder().decode(rows.getFirst().string("content"));
    }

    /** The bytes of the report with this id, if it is archived. */
    public Optional<byte[]> content(String reportId) {
        return find(reportId).map(this::content);
    }

    /** The SHA-256 of some bytes in lower-case hex, as the archive records it. */
    public static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    static ArchivedReport report(Row row) {
        return new ArchivedReport(row.string("report_id"), row.string("unit_code"), YearMonth.from(LocalDate.parse(row.string("month_day"))),
                row.string("format"), row.string("file_path") == null ? "" : row.string("file_path"), row.longValue("size_bytes"), row.string("sha256"),
                Instant.ofEpochMilli(row.longValue("generated_ms")), bool(row.get("provisional")));
    }

    private static boolean bool(Object value) {
        return switch (value) {
            case Boolean b -> b;
            case Number n -> n.intValue() != 0;
            case null -> false;
            default -> Boolean.parseBoolean(value.toString()) || "1".equals(value.toString());
        };
    }

    private static void requireReportId(String reportId) {
        if (!isReportId(reportId)) {
            throw new IllegalArgumentException("not a report id: '" + reportId + "'");
        }
    }

    /**
     * One archived file, described.
     *
     * @param format    {@code pdf} or {@code xlsx}
     * @param filePath  where the bytes are on disk; empty when they are in the row
     */
    public record ArchivedReport(String reportId, String unitCode, YearMonth month, String format, String filePath, long sizeBytes,
                                 String sha256, Instant generatedAt, boolean provisional) {}
}
