package vn.thanhhoa.cds.reports.notify;

import java.time.Clock;
import vn.thanhhoa.cds.adminunits.unit.AdministrativeUnits;
import vn.thanhhoa.cds.reports.delivery.DeliveryAttempts;
import vn.thanhhoa.cds.reports.delivery.EmailSender;
import vn.thanhhoa.cds.reports.delivery.RetryPolicy;
import vn.thanhhoa.cds.reports.delivery.RetryingDelivery;
import vn.thanhhoa.cds.reports.delivery.WebhookSender;
import vn.thanhhoa.cds.store.ClickHouse;

/** The notification parts wired together over one ClickHouse database: the dispatcher the notifier feeds, and the daily digest. */
public record Notifications(AlertDispatcher dispatcher, DailyDigest digest) {

    public static Notifications over(ClickHouse clickHouse, String database, Subscriptions subscriptions, AdministrativeUnits units,
                                     EmailSender email, WebhookSender webhook, RetryPolicy retry, Clock clock) {
        NotificationSender sender = new NotificationSender(email, webhook,
                new RetryingDelivery(retry, new DeliveryAttempts(clickHouse, database), clock), new NotificationLedger(clickHouse, database), clock);
        DigestQueue queue = new DigestQueue(clickHouse, database);
        return new Notifications(new AlertDispatcher(subscriptions, new UnitScope(units), sender, queue,
                new WebMutes(clickHouse, database)), new DailyDigest(queue, sender));
    }
}
