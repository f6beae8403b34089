package vn.thanhhoa.cds.dashboards.query;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import vn.thanhhoa.cds.store.ClickHouse;

/**
 * Deliveries as they stand ({@code delivery_attempt}, V009): per thing sent (a report, an alert, a
 * digest), channel and recipient, the last attempt's outcome, how many attempts, the last error and
 * when. Failed ones first, then newest first. A report's unit is the first part of its subject id
 * ({@code unit-yyyy-MM-generatedMillis}, as the reports module writes it), so a reviewer's unit goes
 * into the SQL like a commune scope does.
 */
public final class DeliveryQuery {

    /** The last state of one subject's delivery to one recipient. */
    public record Delivery(String subjectKind, String subjectId, String channel, String recipient, int attempts, String outcome,
                           String lastError, Instant lastAttemptAt) {

        public boolean failed() {
            return !"DELIVERED".equals(outcome);
        }
    }

    private final ClickHouse clickHouse;
    private final String database;

    public DeliveryQuery(ClickHouse clickHouse, String database) {
        this.clickHouse = clickHouse;
        this.database = Sql.database(database);
    }

    /**
     * @param all        every delivery (reports, alerts, digests); otherwise the reports of {@code units} only
     */
    public List<Delivery> latest(boolean all, List<String> units, int limit) {
        return latest(all, units, Optional.empty(), Optional.empty(), limit);
    }

    /**
     * With the archive page's filters: given a unit or a month, only the reports of that unit and
     * month (alerts and digests have neither).
     */
    public List<Delivery> latest(boolean all, List<String> units, Optional<String> unit, Optional<YearMonth> month, int limit) {
        String where = all ? " WHERE 1" : units.isEmpty() ? " WHERE 0"
                : " WHERE subject_kind = 'report' AND splitByChar('-', subject_id)[1] IN (" + Sql.in(units) + ")";
        if (unit.isPresent() || month.isPresent()) {
            where += " AND subject_kind = 'report'";
        }
        where += unit.map(u -> " AND splitByChar('-', subject_id)[1] = " + Sql.code(u)).orElse("");
        // A report's subject id is unit-yyyy-MM-millis: the month is its second and third parts.
        where += month.map(m -> " AND arrayStringConcat(arraySlice(splitByChar('-', subject_id), 2, 2), '-') = '" + m + "'").orElse("");
        return clickHouse.query("SELECT subject_kind, subject_id, channel, recipient, count() AS attempts, argMax(outcome, attempt) AS last_outcome,"
                        + " argMax(error, attempt) AS last_error, toUnixTimestamp64Milli(max(attempted_at)) AS last_ms FROM " + database
                        + ".delivery_attempt FINAL" + where + " GROUP BY subject_kind, subject_id, channel, recipient"
                        + " ORDER BY last_outcome = 'DELIVERED', last_ms DESC, subject_id, recipient LIMIT " + Math.max(1, Math.min(limit, 5000)))
                .stream().map(row -> new Delivery(row.string("subject_kind"), row.string("subject_id"), row.string("channel"), row.string("recipient"),
                        (int) row.longValue("attempts"), row.string("last_outcome"), row.string("last_error"),
                        Instant.ofEpochMilli(row.longValue("last_ms")))).toList();
    }

    /** How many subject–recipient pairs did not end delivered (the status page's count). */
    public long failedCount(boolean all, List<String> units) {
        String where = all ? "" : units.isEmpty() ? " WHERE 0"
                : " WHERE subject_kind = 'report' AND splitByChar('-', subject_id)[1] IN (" + Sql.in(units) + ")";
        return clickHouse.query("SELECT count() AS n FROM (SELECT argMax(outcome, attempt) AS last_outcome FROM " + database + ".delivery_attempt FINAL"
                + where + " GROUP BY subject_kind, subject_id, channel, recipient) WHERE last_outcome != 'DELIVERED'").getFirst().longValue("n");
    }
}
