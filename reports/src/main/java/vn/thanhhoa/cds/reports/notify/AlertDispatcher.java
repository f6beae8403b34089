package vn.thanhhoa.cds.reports.notify;

import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes one alert to its subscribers: sent at once to those who want it immediately (once per
 * alert id, channel and recipient), held for the digest of those who want a daily one. Muted
 * indicators and communes (in the recipients file, or set on the alert feed by the login a
 * subscription is linked to, read at dispatch time), and alerts outside a subscriber's scope, go nowhere.
 */
public final class AlertDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(AlertDispatcher.class);
    static final String SUBJECT_KIND = "alert";

    private final Subscriptions subscriptions;
    private final UnitScope scope;
    private final NotificationSender sender;
    private final DigestQueue digests;
    private final WebMutes webMutes;

    AlertDispatcher(Subscriptions subscriptions, UnitScope scope, NotificationSender sender, DigestQueue digests, WebMutes webMutes) {
        this.webMutes = webMutes;
        this.subscriptions = subscriptions;
        this.scope = scope;
        this.sender = sender;
        this.digests = digests;
    }

    public void dispatch(AlertNotice alert) {
        List<Subscription> matching = subscriptions.matching(alert, scope);
        Set<String> mutedBy = matching.stream().anyMatch(s -> s.login().isPresent()) ? webMutes.loginsMuting(alert) : Set.of();
        for (Subscription subscription : matching) {
            if (subscription.login().filter(mutedBy::contains).isPresent()) {
                LOG.debug("Alert {} not sent to subscription {}: muted by its login on the alert feed", alert.alertId(), subscription.id());
                continue;
            }
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
