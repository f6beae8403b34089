package vn.thanhhoa.cds.dashboards.query;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thanhhoa.cds.store.ClickHouse;
import vn.thanhhoa.cds.store.ClickHouseValues;

/**
 * "Tắt thông báo": a login's notifications muted per indicator, for one commune or every commune
 * ({@code alert_mute}, V011). Muting and unmuting each write a row with a version above the key's
 * last one, so the newest choice wins when the table is read with FINAL, by this page and by the
 * notifier alike.
 */
public final class AlertMutes {

    /**
     * One mute in force.
     *
     * @param commune the commune, or empty for every commune
     */
    public record Mute(String set, String indicator, String commune, Instant since) {}

    private final ClickHouse clickHouse;
    private final String table;

    public AlertMutes(ClickHouse clickHouse, String database) {
        this.clickHouse = clickHouse;
        this.table = Sql.database(database) + ".alert_mute";
    }

    /** Mutes ({@code muted} true) or unmutes an indicator, for one commune or (commune empty) every commune, for one login. */
    public void set(String login, String set, String indicator, String commune, boolean muted, Instant at) {
        String key = " WHERE indicator_set = " + Sql.code(set) + " AND indicator_code = " + Sql.code(indicator) + " AND commune_code = "
                + (commune.isEmpty() ? "''" : Sql.code(commune)) + " AND login = " + Sql.text(login);
        long last = clickHouse.query("SELECT max(version) AS v FROM " + table + key).getFirst().longValue("v");
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("indicator_set", set);
        row.put("indicator_code", indicator);
        row.put("commune_code", commune);
        row.put("login", login);
        row.put("muted", muted);
        row.put("changed_at", ClickHouseValues.dateTime64(at.toEpochMilli()));
        // Above the last version even when the clock did not move (an unmute in the same millisecond must still win).
        row.put("version", Math.max(at.toEpochMilli(), last + 1));
        clickHouse.insert(table, List.of(row), null);
    }

    /** The mutes in force for a login, by indicator. */
    public List<Mute> of(String login) {
        return clickHouse.query("SELECT indicator_set, indicator_code, commune_code, toUnixTimestamp64Milli(changed_at) AS at_ms FROM " + table
                        + " FINAL WHERE login = " + Sql.text(login) + " AND muted ORDER BY indicator_set, indicator_code, commune_code")
                .stream().map(row -> new Mute(row.string("indicator_set"), row.string("indicator_code"), row.string("commune_code"),
                        Instant.ofEpochMilli(row.longValue("at_ms")))).toList();
    }
}
