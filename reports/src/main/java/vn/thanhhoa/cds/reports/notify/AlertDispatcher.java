package vn.thanhhoa.cds.reports.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes one alert to its subscribers: sent at once to those who want it immediately (once per
 * alert id, channel and recipient), held for the digest of those who want a daily one. Muted
 * indicators and communes, and alerts outside a subscriber's scope, go nowhere.
 */
public final class AlertDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(AlertDispatcher.class);
    static final String SUBJECT_KIND = "alert";

    private final Subscriptions subscriptions;
    private final UnitScope scope;
    private final NotificationSender sender;
    private final DigestQueue digests;

    AlertDispatcher(Subscriptions subscriptions, UnitScope scope, NotificationSender sender, DigestQueue digests) {
        this.subscriptions = subscriptions;
        this.scope = scope;
        this.sender = sender;
        this.digests = digests;
    }

    public void dispatch(AlertNotice alert) {
        for (Subscription subscription : subscriptions.matching(alert, scope)) {
            switch (subscription.cadence()) {
                case IMMEDIATE -> {
                    boolean sent = sender.sendOnce(SUBJECT_KIND, alert.alertId(), subscription.recipient(), AlertMessages.subject(alert),
                            AlertMessages.text(alert), AlertMessages.json(alert));
                    if (!sent) {
                        LOG.warn("Alert {} could not be sent to {} (subscription {}); the attempts are in delivery_attempt",
                                alert.alertId(), subscription.recipient().address(), subscription.id());
                    }
                }
                case DAILY_DIGEST -> digests.hold(subscription.recipient(), alert);
            }
        }
    }
}
