package vn.thanhhoa.cds.reports.notify;

import java.time.Clock;
import java.util.List;
import vn.thanhhoa.cds.reports.delivery.EmailSender;
import vn.thanhhoa.cds.reports.delivery.Recipient;
import vn.thanhhoa.cds.reports.delivery.RetryingDelivery;
import vn.thanhhoa.cds.reports.delivery.WebhookSender;

/**
 * Sends one notification to one recipient at most once: the ledger is checked first, the message
 * sent with retries (every attempt in {@code delivery_attempt}), and the ledger written as soon as
 * it went through.
 */
final class NotificationSender {

    private final EmailSender email;
    private final WebhookSender webhook;
    private final RetryingDelivery delivery;
    private final NotificationLedger ledger;
    private final Clock clock;

    NotificationSender(EmailSender email, WebhookSender webhook, RetryingDelivery delivery, NotificationLedger ledger, Clock clock) {
        this.email = email;
        this.webhook = webhook;
        this.delivery = delivery;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** @return whether it is sent now or was before */
    boolean sendOnce(String kind, String notificationId, Recipient recipient, String subject, String text, String json) {
        if (ledger.wasSent(notificationId, recipient)) {
            return true;
        }
        boolean sent = delivery.deliver(kind, notificationId, recipient, () -> {
            switch (recipient.channel()) {
                case EMAIL -> email.send(recipient.address(), subject, text, List.of());
                case WEBHOOK -> webhook.post(recipient.address(), json, notificationId);
            }
        });
        if (sent) {
            ledger.markSent(notificationId, recipient, clock.instant());
        }
        return sent;
    }
}
