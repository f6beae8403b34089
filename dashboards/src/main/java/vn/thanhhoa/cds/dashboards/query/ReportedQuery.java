package vn.thanhhoa.cds.dashboards.query;

import java.time.Instant;
import java.util.List;
import vn.thanhhoa.cds.store.ClickHouse;

/** What the report connector read from a reporting body's monthly reports, newest first. */
public final class ReportedQuery {

    /** One value read, with the file and row it came from. */
    public record Reported(Instant reportedAt, String file, int row, String commune, String measure, String period, Double value, String missing) {}

    private final ClickHouse clickHouse;
    private final String database;

    public ReportedQuery(ClickHouse clickHouse, String database) {
        this.clickHouse = clickHouse;
        this.database = Sql.database(database);
    }

    public List<Reported> ofBody(String body, int limit) {
        return clickHouse.query("SELECT toUnixTimestamp64Milli(reported_at) AS reported_ms, file, row, commune_code, measure, period, value, missing"
                        + " FROM " + database + ".raw_reported_measure FINAL WHERE source = " + Sql.code(body)
                        + " ORDER BY reported_at DESC, file, row, measure LIMIT " + Math.max(1, Math.min(limit, 5000)))
                .stream().map(row -> new Reported(Instant.ofEpochMilli(row.longValue("reported_ms")), row.string("file"), (int) row.longValue("row"),
                        row.string("commune_code"), row.string("measure"), row.string("period"), LatestValue.number(row, "value"), row.string("missing"))).toList();
    }
}
