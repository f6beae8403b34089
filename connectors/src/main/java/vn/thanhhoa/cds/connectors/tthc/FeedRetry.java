package vn.thanhhoa.cds.connectors.tthc;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Whether the change feed's answer is waited out or stops the task, and how long to wait: the one
 * place this is decided. A feed that cannot answer now (unreachable, HTTP 5xx or 429, an
 * {@code error_code} other than "0", a body that is not JSON) is asked again from the same cursor,
 * after a wait that doubles from {@code retry.backoff.ms} up to {@code retry.backoff.max.ms} and
 * starts again after an answer; nothing is skipped, and a long outage costs one request per
 * {@code retry.backoff.max.ms}. Any other HTTP status (4xx: a wrong URL or missing access rights) will
 * not mend by waiting, so it stops the task with the URL and status.
 */
final class FeedRetry {

    /** What to do about an answer that was not a page. */
    sealed interface Decision {
    }

    /** Ask again from the same cursor after {@code delay}. */
    record Retry(Duration delay, String why) implements Decision {
    }

    /** Stop the task: waiting will not help. */
    record Stop(String why) implements Decision {
    }

    private final Duration base;
    private final Duration max;
    private final AtomicLong retries = new AtomicLong();
    private int attempt;

    FeedRetry(Duration base, Duration max) {
        if (base.isNegative() || base.isZero() || max.compareTo(base) < 0) {
            throw new IllegalArgumentException("the back-off needs 0 < base ≤ max, not " + base + " and " + max);
        }
        this.base = base;
        this.max = max;
    }

    Decision unreachable(String why) {
        return retry("the feed cannot be reached (" + why + ")");
    }

    Decision status(int status, String url) {
        if (status >= 500 || status == 429) {
            return retry("the feed answered HTTP " + status);
        }
        return new Stop("the one-stop feed " + url + " answered HTTP " + status + ": check api.url and the feed's access rights");
    }

    Decision errorCode(String code) {
        return retry("the feed answered error_code " + code);
    }

    Decision notJson() {
        return retry("the feed answered something that is not JSON");
    }

    /** A page arrived: the next failure waits {@code base} again. */
    void answered() {
        attempt = 0;
    }

    /** Every retry decided so far (the task's {@code feed-retries-total} metric). */
    long retries() {
        return retries.get();
    }

    private Retry retry(String why) {
        retries.incrementAndGet();
        Duration wait = base.multipliedBy(1L << Math.min(attempt, 30));
        attempt++;
        return new Retry(wait.compareTo(max) > 0 ? max : wait, why);
    }
}
