package vn.thanhhoa.cds.reports.delivery;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.thanhhoa.cds.store.ClickHouse;
import vn.thanhhoa.cds.store.ClickHouseValues;
import vn.thanhhoa.cds.store.Row;

/** Every attempt to deliver something, written to {@code delivery_attempt} (V009) as it ends. */
public final class DeliveryAttempts {

    /** How an attempt ended. */
    public enum Outcome {
        DELIVERED, FAILED, GAVE_UP
    }

    /** One recorded attempt. */
    public record Attempt(String subjectKind, String subjectId, Channel channel, String recipient, int attempt, Outcome outcome,
                          String error, Instant attemptedAt) {}

    private final ClickHouse clickHouse;
    private final String table;

    public DeliveryAttempts(ClickHouse clickHouse, String database) {
        if (!Pattern.matches("[A-Za-z_][A-Za-z0-9_]*", database)) {
            throw new IllegalArgumentException("not a plain database name: '" + database + "'");
        }
        this.clickHouse = clickHouse;
        this.table = database + ".delivery_attempt";
    }

    public void record(Attempt attempt) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("subject_kind", attempt.subjectKind());
        row.put("subject_id", attempt.subjectId());
        row.put("channel", attempt.channel().name());
        row.put("recipient", attempt.recipient());
        row.put("attempt", attempt.attempt());
        row.put("outcome", attempt.outcome().name());
        row.put("error", attempt.error());
        row.put("attempted_at", ClickHouseValues.dateTime64(attempt.attemptedAt().toEpochMilli()));
        clickHouse.insert(table, List.of(row), null);
    }

    /** The attempts for one subject, in order. */
    public List<Attempt> of(String subjectKind, String subjectId) {
        return clickHouse.query("SELECT subject_kind, subject_id, channel, recipient, attempt, outcome, error,"
                        + " toUnixTimestamp64Milli(attempted_at) AS at_ms FROM " + table + " FINAL WHERE subject_kind = " + quoted(subjectKind)
                        + " AND subject_id = " + quoted(subjectId) + " ORDER BY channel, recipient, attempt")
                .stream().map(DeliveryAttempts::attempt).toList();
    }

    private static Attempt attempt(Row row) {
        return new Attempt(row.string("subject_kind"), row.string("subject_id"), Channel.valueOf(row.string("channel")), row.string("recipient"),
                (int) row.longValue("attempt"), Outcome.valueOf(row.string("outcome")), row.string("error"), Instant.ofEpochMilli(row.longValue("at_ms")));
    }

    private static String quoted(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
