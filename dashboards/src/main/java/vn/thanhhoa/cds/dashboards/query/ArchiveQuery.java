package vn.thanhhoa.cds.dashboards.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import vn.thanhhoa.cds.store.ClickHouse;
import vn.thanhhoa.cds.store.Row;
import vn.thanhhoa.cds.store.archive.ArchivedReports;
import vn.thanhhoa.cds.store.archive.ArchivedReports.ArchivedReport;

/**
 * The monthly-report archive ({@code report_archive}): the files of the units a viewer may see,
 * filtered by unit and month, newest month first; one file's row and bytes through the store's
 * {@link ArchivedReports}, the same reading the reports module uses.
 */
public final class ArchiveQuery {

    private final ClickHouse clickHouse;
    private final String database;
    private final ArchivedReports files;

    public ArchiveQuery(ClickHouse clickHouse, String database) {
        this.clickHouse = clickHouse;
        this.database = Sql.database(database);
        this.files = new ArchivedReports(clickHouse, database);
    }

    /**
     * @param units the units visible; empty with {@code all} false for none
     */
    public List<ArchivedReport> list(boolean all, List<String> units, Optional<String> unit, Optional<YearMonth> month) {
        StringBuilder sql = new StringBuilder("SELECT report_id, unit_code, toString(month) AS month_day, format, file_path, size_bytes, sha256,"
                + " toUnixTimestamp64Milli(generated_at) AS generated_ms, provisional FROM " + database + ".report_archive FINAL WHERE 1");
        if (!all) {
            sql.append(units.isEmpty() ? " AND 0" : " AND unit_code IN (" + Sql.in(units) + ")");
        }
        unit.ifPresent(u -> sql.append(" AND unit_code = ").append(Sql.code(u)));
        month.ifPresent(m -> sql.append(" AND month = toDate32('").append(m.atDay(1)).append("')"));
        sql.append(" ORDER BY month DESC, unit_code, generated_at DESC, format LIMIT 2000");
        return clickHouse.query(sql.toString()).stream().map(ArchiveQuery::report).toList();
    }

    /** The months that have a report among the visible units, newest first (the month filter's choices). */
    public List<YearMonth> months(boolean all, List<String> units) {
        String where = all ? "" : units.isEmpty() ? " WHERE 0" : " WHERE unit_code IN (" + Sql.in(units) + ")";
        return clickHouse.query("SELECT DISTINCT toString(month) AS month_day FROM " + database + ".report_archive" + where + " ORDER BY month_day DESC")
                .stream().map(r -> YearMonth.from(LocalDate.parse(r.string("month_day")))).toList();
    }

    /** One file's row, for an id already checked against {@link ArchivedReports#REPORT_ID}. */
    public Optional<ArchivedReport> find(String reportId) {
        return files.find(reportId);
    }

    public byte[] content(ArchivedReport report) {
        return files.content(report);
    }

    private static ArchivedReport report(Row row) {
        Object provisional = row.get("provisional");
        return new ArchivedReport(row.string("report_id"), row.string("unit_code"), YearMonth.from(LocalDate.parse(row.string("month_day"))),
                row.string("format"), row.string("file_path") == null ? "" : row.string("file_path"), row.longValue("size_bytes"), row.string("sha256"),
                Instant.ofEpochMilli(row.longValue("generated_ms")),
                provisional instanceof Boolean b ? b : provisional != null && ("1".equals(provisional.toString()) || "true".equals(provisional.toString())));
    }
}
