package vn.thanhhoa.cds.reports.archive;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.thanhhoa.cds.store.ClickHouse;
import vn.thanhhoa.cds.store.ClickHouseValues;
import vn.thanhhoa.cds.store.Row;
import vn.thanhhoa.cds.store.archive.ArchivedReports;

/**
 * Keeps every generated report in {@code report_archive} (V005), so that a reviewer can open last
 * month's file exactly as it was sent. The bytes go in the row (base64 in {@code content}), or,
 * when an archive folder is configured, into a file there ({@code file_path}) with the row holding
 * its path; either way with the file's SHA-256. A write is keyed by the report id and deduplicated
 * by it, so retrying a failed write leaves one row.
 */
public final class ReportArchive {

    private final ClickHouse clickHouse;
    private final String table;
    private final Optional<Path> folder;
    private final ArchivedReports files;

    public ReportArchive(ClickHouse clickHouse, String database, Optional<Path> folder) {
        if (!Pattern.matches("[A-Za-z_][A-Za-z0-9_]*", database)) {
            throw new IllegalArgumentException("not a plain database name: '" + database + "'");
        }
        this.clickHouse = clickHouse;
        this.table = database + ".report_archive";
        this.folder = folder;
        this.files = new ArchivedReports(clickHouse, database);
    }

    public void store(GeneratedReport report) {
        String path = "";
        String content = Base64.getEncoder().encodeToString(report.content());
        if (folder.isPresent()) {
            Path file = folder.get().resolve(report.unitCode()).resolve(report.reportId() + "." + report.format().extension());
            try {
                Files.createDirectories(file.getParent());
                Files.write(file, report.content());
            } catch (java.io.IOException e) {
                throw new IllegalStateException("The report " + report.reportId() + " cannot be written to the archive folder " + file + ": " + e.getMessage(), e);
            }
            path = file.toString();
            content = "";
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("report_id", report.reportId());
        row.put("unit_code", report.unitCode());
        row.put("month", report.month().atDay(1).toString());
        row.put("format", report.format().extension());
        row.put("file_path", path);
        row.put("content", content);
        row.put("size_bytes", report.content().length);
        row.put("sha256", report.sha256());
        row.put("generated_at", ClickHouseValues.dateTime64(report.generatedAt().toEpochMilli()));
        row.put("provisional", report.provisional());
        clickHouse.insert(table, List.of(row), "report-" + report.reportId());
    }

    /** The archived reports of a unit and month, newest first. */
    public List<ArchivedReport> list(String unitCode, YearMonth month) {
        requirePlain(unitCode);
        return clickHouse.query("SELECT report_id, format, file_path, size_bytes, sha256, toUnixTimestamp64Milli(generated_at) AS generated_ms FROM " + table
                        + " FINAL WHERE unit_code = '" + unitCode + "' AND month = toDate32('" + month.atDay(1) + "') ORDER BY generated_at DESC, report_id")
                .stream().map(ReportArchive::archived).toList();
    }

    /** The bytes of an archived report, from the row or its file: read by the store's {@link ArchivedReports}, as the web application reads them. */
    public Optional<byte[]> content(String reportId) {
        requirePlain(reportId);
        return ArchivedReports.isReportId(reportId) ? files.content(reportId) : Optional.empty();
    }

    private static ArchivedReport archived(Row row) {
        return new ArchivedReport(row.string("report_id"), ReportFormat.parse(row.string("format")), row.string("file_path"),
                row.longValue("size_bytes"), row.string("sha256"), java.time.Instant.ofEpochMilli(row.longValue("generated_ms")));
    }

    private static void requirePlain(String text) {
        if (!Pattern.matches("[A-Za-z0-9_.\\-]+", text)) {
            throw new IllegalArgumentException("not a plain code: '" + text + "'");
        }
    }

    /** A row of the archive, without its bytes. */
    public record ArchivedReport(String reportId, ReportFormat format, String filePath, long sizeBytes, String sha256, java.time.Instant generatedAt) {}
}
