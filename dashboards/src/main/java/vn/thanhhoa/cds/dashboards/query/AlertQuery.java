package vn.thanhhoa.cds.dashboards.query;

import java.time.Instant;
import java.util.List;
import vn.thanhhoa.cds.dashboards.access.Scope;
import vn.thanhhoa.cds.store.ClickHouse;

/** The alert feed: the newest alerts of the communes in scope. */
public final class AlertQuery {

    private final ClickHouse clickHouse;
    private final String database;

    public AlertQuery(ClickHouse clickHouse, String database) {
        this.clickHouse = clickHouse;
        this.database = Sql.database(database);
    }

    public List<Alert> newest(Scope scope, int limit) {
        return clickHouse.query("SELECT toUnixTimestamp64Milli(raised_at) AS raised_ms, kind, commune_code, indicator_set, indicator_code,"
                        + " indicator_name, value, target, owner, message FROM " + database + ".alert_commune FINAL WHERE 1"
                        + Sql.scope("commune_code", scope) + " ORDER BY raised_at DESC, alert_id LIMIT " + Math.max(1, Math.min(limit, 5000)))
                .stream().map(row -> new Alert(Instant.ofEpochMilli(row.longValue("raised_ms")), row.string("kind"), row.string("commune_code"),
                        row.string("indicator_set"), row.string("indicator_code"), row.string("indicator_name"), LatestValue.number(row, "value"),
                        LatestValue.number(row, "target"), row.string("owner"), row.string("message"))).toList();
    }
}
