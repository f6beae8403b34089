package vn.thanhhoa.cds.dashboards.query;

import java.time.LocalDate;
import java.util.List;
import vn.thanhhoa.cds.dashboards.access.Scope;
import vn.thanhhoa.cds.store.ClickHouse;

/** An indicator's page: its newest value in every commune of the scope, and how many communes met it day by day. */
public final class IndicatorQuery {

    /** One day of an indicator across communes: communes with a value, those meeting the target, their mean value. */
    public record Day(LocalDate day, int communes, int met, Double mean) {}

    private final ClickHouse clickHouse;
    private final String database;

    public IndicatorQuery(ClickHouse clickHouse, String database) {
        this.clickHouse = clickHouse;
        this.database = Sql.database(database);
    }

    public List<LatestValue> latest(String indicator, Selection selection, Scope scope) {
        return clickHouse.query("SELECT " + LatestValue.COLUMNS + " FROM " + database + ".indicator_value_latest FINAL"
                        + " WHERE " + selection.where() + " AND unit_level = 'COMMUNE' AND indicator_code = " + Sql.code(indicator)
                        + Sql.scope("unit_code", scope) + " ORDER BY unit_code")
                .stream().map(LatestValue::of).toList();
    }

    /**
     * Each commune's last computation of each day first, then counted per day: a recomputation never counts twice.
     * argMax is given plain types (the value with NaN for none, whether the status is MET): measured over a
     * year of the province's days (PageQueryBenchmark's history), argMax of the Nullable value and the
     * LowCardinality status made this query 2–3× slower, for the same result.
     */
    public List<Day> trend(String indicator, Selection selection, Scope scope) {
        return clickHouse.query("SELECT toString(day) AS day, count() AS communes, countIf(met) AS met, avg(if(isNaN(last_value), NULL, last_value)) AS mean FROM ("
                        + "SELECT unit_code, window_end AS day, argMax(ifNull(value, nan), computed_at) AS last_value,"
                        + " argMax(status = 'MET', computed_at) AS met"
                        + " FROM " + database + ".indicator_value_daily WHERE " + selection.where()
                        + " AND unit_level = 'COMMUNE' AND indicator_code = " + Sql.code(indicator) + Sql.scope("unit_code", scope)
                        + " GROUP BY unit_code, window_end) GROUP BY day ORDER BY day")
                .stream().map(row -> new Day(LocalDate.parse(row.string("day")), (int) row.longValue("communes"), (int) row.longValue("met"),
                        LatestValue.number(row, "mean"))).toList();
    }
}
