package vn.thanhhoa.cds.dashboards.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@code maxFailures} failed sign-ins of one login from one address
 * within {@code window}, that pair is refused until {@code window} has passed since the last
 * failure. A success clears the pair.
 */
public final class LoginThrottle {

    private record Failures(int count, Instant last) {}

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    public LoginThrottle(Clock clock, int maxFailures, Duration window) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    /** When the pair is blocked, until when. */
    public Optional<Instant> blockedUntil(String login, String address) {
        Failures f = failures.get(key(login, address));
        if (f == null) {
            return Optional.empty();
        }
        Instant until = f.last().plus(window);
        if (clock.instant().isAfter(until)) {
            failures.remove(key(login, address));
            return Optional.empty();
        }
        return f.count() >= maxFailures ? Optional.of(until) : Optional.empty();
    }

    public void failed(String login, String address) {
        Instant now = clock.instant();
        failures.merge(key(login, address), new Failures(1, now),
                (old, one) -> now.isAfter(old.last().plus(window)) ? one : new Failures(old.count() + 1, now));
    }

    public void succeeded(String login, String address) {
        failures.remove(key(login, address));
    }

    private static String key(String login, String address) {
        return (login == null ? "" : login.strip().toLowerCase(Locale.ROOT)) + "|" + address;
    }
}
