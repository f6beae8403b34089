package vn.thanhhoa.cds.dashboards.query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
        return clickHouse.query("SELECT alert_id, toUnixTimestamp64Milli(raised_at) AS raised_ms, kind, commune_code, indicator_set, indicator_code,"
                        + " indicator_name, value, target, owner, message FROM " + database + ".alert_commune FINAL WHERE 1"
                        + Sql.scope("commune_code", scope) + " ORDER BY raised_at DESC, alert_id LIMIT " + Math.max(1, Math.min(limit, 5000)))
                .stream().map(row -> new Alert(row.string("alert_id"), Instant.ofEpochMilli(row.longValue("raised_ms")), row.string("kind"), row.string("commune_code"),
                        row.string("indicator_set"), row.string("indicator_code"), row.string("indicator_name"), LatestValue.number(row, "value"),
                        LatestValue.number(row, "target"), row.string("owner"), row.string("message"))).toList();
    }

    /** Where an alert is about (its commune and indicator), for an id checked by {@link #isAlertId}; empty when there is no such alert. */
    public Optional<AlertSubject> subject(String alertId) {
        return clickHouse.query("SELECT commune_code, indicator_set, indicator_code FROM " + database + ".alert_commune FINAL WHERE alert_id = "
                        + Sql.alertId(alertId) + " LIMIT 1").stream()
                .map(row -> new AlertSubject(alertId, row.string("commune_code"), row.string("indicator_set"), row.string("indicator_code"))).findFirst();
    }

    public static boolean isAlertId(String text) {
        return Sql.isAlertId(text);
    }

    /** An alert's commune and indicator. */
    public record AlertSubject(String alertId, String commune, String set, String indicator) {}
}
