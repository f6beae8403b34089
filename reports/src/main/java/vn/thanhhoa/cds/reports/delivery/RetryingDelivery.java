package vn.thanhhoa.cds.reports.delivery;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tries a send until it goes through or the policy's attempts are spent, waiting with a doubling
 * back-off between tries, and records every attempt (delivered, failed, or the last failure as
 * GAVE_UP) so that nothing fails silently.
 */
public final class RetryingDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(RetryingDelivery.class);

    /** One try at sending. */
    @FunctionalInterface
    public interface Send {
        void run() throws DeliveryFailure;
    }

    private final RetryPolicy policy;
    private final DeliveryAttempts attempts;
    private final Clock clock;

    public RetryingDelivery(RetryPolicy policy, DeliveryAttempts attempts, Clock clock) {
        this.policy = policy;
        this.attempts = attempts;
        this.clock = clock;
    }

    /** @return whether it was delivered */
    public boolean deliver(String subjectKind, String subjectId, Recipient recipient, Send send) {
        for (int attempt = 1; attempt <= policy.maxAttempts(); attempt++) {
            try {
                send.run();
                attempts.record(new DeliveryAttempts.Attempt(subjectKind, subjectId, recipient.channel(), recipient.address(), attempt,
                        DeliveryAttempts.Outcome.DELIVERED, null, clock.instant()));
                return true;
            } catch (DeliveryFailure failure) {
                boolean last = attempt == policy.maxAttempts();
                attempts.record(new DeliveryAttempts.Attempt(subjectKind, subjectId, recipient.channel(), recipient.address(), attempt,
                        last ? DeliveryAttempts.Outcome.GAVE_UP : DeliveryAttempts.Outcome.FAILED, failure.getMessage(), clock.instant()));
                if (last) {
                    LOG.warn("Gave up delivering {} {} to {} {} after {} attempts: {}", subjectKind, subjectId, recipient.channel(),
                            recipient.address(), attempt, failure.getMessage());
                    return false;
                }
                Duration wait = policy.backoffAfter(attempt);
                LOG.info("Delivery of {} {} to {} failed (attempt {}), trying again in {} ms: {}", subjectKind, subjectId, recipient.address(),
                        attempt, wait.toMillis(), failure.getMessage());
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return false;
    }
}
