package vn.thanhhoa.cds.dashboards.query;

import vn.thanhhoa.cds.store.ClickHouse;
import vn.thanhhoa.cds.store.Row;

/** What live updates watch: the newest computation and the newest alert; the pages refetch when either advances. */
public final class ChangeQuery {

    private final ClickHouse clickHouse;
    private final String database;

    public ChangeQuery(ClickHouse clickHouse, String database) {
        this.clickHouse = clickHouse;
        this.database = Sql.database(database);
    }

    /** A mark that grows whenever a value is computed or an alert raised (milliseconds of the newest of both). */
    public long mark() {
        Row row = clickHouse.query("SELECT (SELECT toUnixTimestamp64Milli(max(computed_at)) FROM " + database + ".indicator_value_latest) AS computed,"
                + " (SELECT toUnixTimestamp64Milli(max(raised_at)) FROM " + database + ".alert_commune) AS raised").getFirst();
        return Math.max(row.longValue("computed"), row.longValue("raised"));
    }
}
