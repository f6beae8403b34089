package vn.thanhhoa.cds.reports.notify;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.thanhhoa.cds.reports.delivery.Recipient;
import vn.thanhhoa.cds.store.ClickHouse;
import vn.thanhhoa.cds.store.ClickHouseValues;

/**
 * What the notifier has sent, kept durably in {@code notification_sent} (V009): one row per
 * notification (an alert id, or a digest's id), channel and recipient. Checked before sending and
 * written right after, before the consumer offset is committed (see {@link AlertNotifier}).
 */
public final class NotificationLedger {

    private final ClickHouse clickHouse;
    private final String table;

    public NotificationLedger(ClickHouse clickHouse, String database) {
        if (!Pattern.matches("[A-Za-z_][A-Za-z0-9_]*", database)) {
            throw new IllegalArgumentException("not a plain database name: '" + database + "'");
        }
        this.clickHouse = clickHouse;
        this.table = database + ".notification_sent";
    }

    public boolean wasSent(String notificationId, Recipient recipient) {
        return clickHouse.query("SELECT count() AS n FROM " + table + " WHERE notification_id = " + quoted(notificationId)
                + " AND channel = " + quoted(recipient.channel().name()) + " AND recipient = " + quoted(recipient.address()))
                .getFirst().longValue("n") > 0;
    }

    public void markSent(String notificationId, Recipient recipient, Instant at) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("notification_id", notificationId);
        row.put("channel", recipient.channel().name());
        row.put("recipient", recipient.address());
        row.put("sent_at", ClickHouseValues.dateTime64(at.toEpochMilli()));
        clickHouse.insert(table, List.of(row), null);
    }

    static String quoted(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
