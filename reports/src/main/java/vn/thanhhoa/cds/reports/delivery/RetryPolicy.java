package vn.thanhhoa.cds.reports.delivery;

import java.time.Duration;

/**
 * How often and how patiently a delivery is tried: up to {@code maxAttempts}, waiting
 * {@code initialBackoff} after the first failure and doubling up to {@code maxBackoff}.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofSeconds(2), Duration.ofMinutes(2));

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("A delivery must be tried at least once (max attempts was " + maxAttempts + ").");
        }
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("The delivery back-off must be positive and its maximum at least its start ("
                    + initialBackoff + ", " + maxBackoff + ").");
        }
    }

    /** The wait after failed attempt {@code attempt} (1-based). */
    public Duration backoffAfter(int attempt) {
        Duration wait = initialBackoff;
        for (int i = 1; i < attempt && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
