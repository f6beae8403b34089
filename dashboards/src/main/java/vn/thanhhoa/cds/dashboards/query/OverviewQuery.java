package vn.thanhhoa.cds.dashboards.query;

import java.util.List;
import vn.thanhhoa.cds.dashboards.access.Scope;
import vn.thanhhoa.cds.store.ClickHouse;

/** The province overview's one read: every commune's newest value of every indicator of a set, year and window. */
public final class OverviewQuery {

    private final ClickHouse clickHouse;
    private final String database;

    public OverviewQuery(ClickHouse clickHouse, String database) {
        this.clickHouse = clickHouse;
        this.database = Sql.database(database);
    }

    public List<LatestValue> latest(Selection selection, Scope scope) {
        return clickHouse.query("SELECT " + LatestValue.COLUMNS + " FROM " + database + ".indicator_value_latest FINAL"
                        + " WHERE " + selection.where() + " AND unit_level = 'COMMUNE'" + Sql.scope("unit_code", scope)
                        + " ORDER BY unit_code, indicator_code")
                .stream().map(LatestValue::of).toList();
    }
}
