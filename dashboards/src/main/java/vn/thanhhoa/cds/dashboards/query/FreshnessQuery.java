package vn.thanhhoa.cds.dashboards.query;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import vn.thanhhoa.cds.dashboards.access.Scope;
import vn.thanhhoa.cds.store.ClickHouse;

/**
 * Data freshness: per source and commune, the newest event time in the raw tables, so that a
 * commune that fell below target can be told apart from a feed that went quiet.
 */
public final class FreshnessQuery {

    /** A raw table, the column holding its event time, and the source's Vietnamese name. */
    public enum Source {
        DOSSIER("raw_dossier", "changed_at", "Hồ sơ TTHC (một cửa)"),
        DOCUMENT("raw_document", "recorded_at", "Văn bản điện tử"),
        HEALTH("raw_health_record", "occurred_at", "Hồ sơ sức khỏe điện tử"),
        REPORTED("raw_reported_measure", "reported_at", "Báo cáo tháng (ngân hàng, viễn thông, điện lực)"),
        TASK("raw_task", "updated_at", "Nhiệm vụ theo dõi trực tuyến"),
        PERIODIC_REPORT("raw_periodic_report", "updated_at", "Báo cáo định kỳ"),
        DECLARATION("raw_declaration", "declared_at", "Kê khai chỉ tiêu");

        private final String table;
        private final String timeColumn;
        private final String label;

        Source(String table, String timeColumn, String label) {
            this.table = table;
            this.timeColumn = timeColumn;
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The newest event of one source in one commune. */
    public record Latest(Source source, String commune, Instant newest, long events) {}

    private final ClickHouse clickHouse;
    private final String database;

    public FreshnessQuery(ClickHouse clickHouse, String database) {
        this.clickHouse = clickHouse;
        this.database = Sql.database(database);
    }

    public List<Latest> latest(Scope scope) {
        String union = java.util.Arrays.stream(Source.values()).map(source -> "SELECT '" + source.name() + "' AS source, commune_code,"
                + " toUnixTimestamp64Milli(max(" + source.timeColumn + ")) AS newest_ms, count() AS events FROM " + database + "." + source.table
                + " WHERE 1" + Sql.scope("commune_code", scope) + " GROUP BY commune_code").collect(Collectors.joining(" UNION ALL "));
        return clickHouse.query("SELECT source, commune_code, newest_ms, events FROM (" + union + ") ORDER BY commune_code, source")
                .stream().map(row -> new Latest(Source.valueOf(row.string("source")), row.string("commune_code"),
                        Instant.ofEpochMilli(row.longValue("newest_ms")), row.longValue("events"))).toList();
    }
}
