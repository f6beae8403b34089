package vn.thanhhoa.cds.dashboards.query;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.thanhhoa.cds.store.ClickHouse;
import vn.thanhhoa.cds.store.ClickHouseValues;

/** "Đã xem": who acknowledged which alert and when ({@code alert_acknowledgement}, V011). */
public final class Acknowledgements {

    /** One person's acknowledgement of an alert. */
    public record Acknowledgement(String alertId, String login, String name, Instant at) {}

    private final ClickHouse clickHouse;
    private final String table;

    public Acknowledgements(ClickHouse clickHouse, String database) {
        this.clickHouse = clickHouse;
        this.table = Sql.database(database) + ".alert_acknowledgement";
    }

    /**
     * Records that {@code login} saw the alert, unless they already had: the first moment stays.
     *
     * @return the acknowledgement in force (the earlier one when there was one)
     */
    public Acknowledgement acknowledge(AlertQuery.AlertSubject alert, String login, String name, Instant at) {
        List<Acknowledgement> earlier = of(List.of(alert.alertId())).getOrDefault(alert.alertId(), List.of()).stream()
                .filter(a -> a.login().equals(login)).toList();
        if (!earlier.isEmpty()) {
            return earlier.getFirst();
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("alert_id", alert.alertId());
        row.put("commune_code", alert.commune());
        row.put("login", login);
        row.put("user_name", name == null ? "" : name);
        row.put("acknowledged_at", ClickHouseValues.dateTime64(at.toEpochMilli()));
        clickHouse.insert(table, List.of(row), null);
        return new Acknowledgement(alert.alertId(), login, name, Instant.ofEpochMilli(at.toEpochMilli()));
    }

    /** The acknowledgements of these alerts, by alert id, earliest first. */
    public Map<String, List<Acknowledgement>> of(List<String> alertIds) {
        List<String> ids = alertIds.stream().filter(Sql::isAlertId).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return clickHouse.query("SELECT alert_id, login, user_name, toUnixTimestamp64Milli(acknowledged_at) AS at_ms FROM " + table
                        + " FINAL WHERE alert_id IN (" + ids.stream().map(Sql::alertId).collect(Collectors.joining(", ")) + ") ORDER BY acknowledged_at, login")
                .stream().map(row -> new Acknowledgement(row.string("alert_id"), row.string("login"), row.string("user_name"),
                        Instant.ofEpochMilli(row.longValue("at_ms"))))
                .collect(Collectors.groupingBy(Acknowledgement::alertId, LinkedHashMap::new, Collectors.toList()));
    }
}
