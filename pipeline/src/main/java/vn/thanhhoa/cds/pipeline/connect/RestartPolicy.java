package vn.thanhhoa.cds.pipeline.connect;

import java.time.Duration;

/**
 * When a failed task is restarted: after {@code firstDelay}, then twice as long after each
 * failure again, never longer than {@code maxDelay}; a task that has run for {@code stableAfter}
 * since its last restart starts over from the first delay. A task failing for a lasting reason (a
 * folder gone, a broker away) is thus retried ever more rarely instead of in a tight loop, and one
 * failing now and then is restarted quickly each time.
 */
public record RestartPolicy(Duration checkEvery, Duration firstDelay, Duration maxDelay, Duration stableAfter) {

    public static final RestartPolicy DEFAULT = new RestartPolicy(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofMinutes(10), Duration.ofMinutes(10));

    public RestartPolicy {
        for (Duration d : new Duration[] {checkEvery, firstDelay, maxDelay, stableAfter}) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("every restart policy duration must be positive: " + checkEvery + ", " + firstDelay + ", " + maxDelay + ", " + stableAfter);
            }
        }
        if (maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("the longest restart delay " + maxDelay + " is shorter than the first " + firstDelay);
        }
    }

    /** The wait before restart number {@code attempt} (1 for the first restart after a failure). */
    public Duration delayBefore(int attempt) {
        Duration delay = firstDelay;
        for (int i = 1; i < attempt && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
