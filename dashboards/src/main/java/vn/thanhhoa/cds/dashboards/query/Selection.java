package vn.thanhhoa.cds.dashboards.query;

/** What every indicator page shows: one set, one year, one window. */
public record Selection(String set, int year, ValueWindow window) {

    public Selection {
        Sql.code(set);
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
    }

    String where() {
        return "year = " + year + " AND window_kind = '" + window.name() + "' AND indicator_set = " + Sql.code(set);
    }
}
