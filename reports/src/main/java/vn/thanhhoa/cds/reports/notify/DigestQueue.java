package vn.thanhhoa.cds.reports.notify;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.thanhhoa.cds.reports.delivery.Channel;
import vn.thanhhoa.cds.reports.delivery.Recipient;
import vn.thanhhoa.cds.store.ClickHouse;
import vn.thanhhoa.cds.store.ClickHouseValues;
import vn.thanhhoa.cds.store.Row;

/** Alerts held for daily digests in {@code notification_digest_item} (V009), per recipient, channel and day. */
public final class DigestQueue {

    private final ClickHouse clickHouse;
    private final String table;

    public DigestQueue(ClickHouse clickHouse, String database) {
        if (!Pattern.matches("[A-Za-z_][A-Za-z0-9_]*", database)) {
            throw new IllegalArgumentException("not a plain database name: '" + database + "'");
        }
        this.clickHouse = clickHouse;
        this.table = database + ".notification_digest_item";
    }

    public void hold(Recipient recipient, AlertNotice alert) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("recipient", recipient.address());
        row.put("channel", recipient.channel().name());
        row.put("day", alert.day().toString());
        row.put("alert_id", alert.alertId());
        row.put("commune_code", alert.communeCode());
        row.put("commune_name", alert.communeName().orElse(null));
        row.put("indicator_code", alert.indicatorCode());
        row.put("indicator_name", alert.indicatorName().orElse(null));
        row.put("kind", alert.kind());
        row.put("message", alert.message());
        row.put("raised_at", ClickHouseValues.dateTime64(alert.raisedAt().toEpochMilli()));
        clickHouse.insert(table, List.of(row), null);
    }

    /** Every recipient with alerts held for {@code day}. */
    public List<Recipient> recipientsOn(LocalDate day) {
        return clickHouse.query("SELECT DISTINCT channel, recipient FROM " + table + " WHERE day = toDate32('" + day + "') ORDER BY channel, recipient")
                .stream().map(row -> new Recipient(Channel.valueOf(row.string("channel")), row.string("recipient"))).toList();
    }

    /** A recipient's alerts of the day, oldest first, each once. */
    public List<AlertNotice> itemsOf(Recipient recipient, LocalDate day) {
        return clickHouse.query("SELECT alert_id, kind, commune_code, commune_name, indicator_code, indicator_name, message,"
                        + " toUnixTimestamp64Milli(raised_at) AS raised_ms FROM " + table + " FINAL WHERE recipient = "
                        + NotificationLedger.quoted(recipient.address()) + " AND channel = '" + recipient.channel().name()
                        + "' AND day = toDate32('" + day + "') ORDER BY raised_at, alert_id")
                .stream().map(DigestQueue::notice).toList();
    }

    private static AlertNotice notice(Row row) {
        return new AlertNotice(row.string("alert_id"), row.string("kind"), row.string("commune_code"), Optional.ofNullable(row.string("commune_name")),
                "", row.string("indicator_code"), Optional.ofNullable(row.string("indicator_name")), 0, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), row.string("message"), Instant.ofEpochMilli(row.longValue("raised_ms")));
    }
}
