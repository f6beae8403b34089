package vn.thanhhoa.cds.dashboards.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.thanhhoa.cds.store.ClickHouse;
import vn.thanhhoa.cds.store.Row;

/**
 * A commune's page: its newest value of every indicator, each indicator's daily history and the
 * recognition outlook. Callers check the commune against the user's scope first.
 */
public final class CommuneQuery {

    private final ClickHouse clickHouse;
    private final String database;

    public CommuneQuery(ClickHouse clickHouse, String database) {
        this.clickHouse = clickHouse;
        this.database = Sql.database(database);
    }

    public List<LatestValue> latest(String commune, Selection selection) {
        return clickHouse.query("SELECT " + LatestValue.COLUMNS + " FROM " + database + ".indicator_value_latest FINAL"
                        + " WHERE " + selection.where() + " AND unit_code = " + Sql.code(commune) + " ORDER BY indicator_code")
                .stream().map(LatestValue::of).toList();
    }

    /** Per indicator and day, the value of the newest computation of that day's window. */
    public List<TrendPoint> trend(String commune, Selection selection) {
        return clickHouse.query("SELECT indicator_code, toString(window_end) AS day, argMax(value, computed_at) AS value,"
                        + " argMax(status, computed_at) AS status FROM " + database + ".indicator_value_daily"
                        + " WHERE " + selection.where() + " AND unit_code = " + Sql.code(commune)
                        + " GROUP BY indicator_code, window_end ORDER BY indicator_code, window_end")
                .stream().map(row -> new TrendPoint(row.string("indicator_code"), LocalDate.parse(row.string("day")),
                        LatestValue.number(row, "value"), row.string("status"))).toList();
    }

    public Optional<Recognition> recognition(String commune, Selection selection) {
        List<Row> rows = clickHouse.query("SELECT toString(as_of) AS as_of, indicators_assigned, indicators_met, index_points, index_points_max,"
                + " recognised, blocking_indicators FROM " + database + ".recognition_commune FINAL"
                + " WHERE year = " + selection.year() + " AND indicator_set = " + Sql.code(selection.set())
                + " AND commune_code = " + Sql.code(commune) + " ORDER BY as_of DESC, computed_at DESC LIMIT 1");
        return rows.stream().findFirst().map(row -> new Recognition(LocalDate.parse(row.string("as_of")),
                (int) row.longValue("indicators_assigned"), (int) row.longValue("indicators_met"), row.doubleValue("index_points"),
                row.doubleValue("index_points_max"), truth(row.get("recognised")), blocking(row.get("blocking_indicators"))));
    }

    private static boolean truth(Object value) {
        return value instanceof Boolean b ? b : value != null && ("1".equals(value.toString()) || "true".equalsIgnoreCase(value.toString()));
    }

    private static List<String> blocking(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        if (value instanceof java.sql.Array array) {
            try {
                return java.util.Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("blocking_indicators cannot be read: " + e.getMessage(), e);
            }
        }
        return value == null ? List.of() : List.of(value.toString());
    }
}
