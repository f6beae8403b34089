package vn.thanhhoa.cds.dashboards.access;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sessions held in this server's memory (a restart signs everyone out). A session ends after
 * {@code idle} without a request or {@code maximum} after sign-in, whichever comes first.
 */
public final class SessionStore {

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random;
    private final Clock clock;
    private final Duration idle;
    private final Duration maximum;

    public SessionStore(SecureRandom random, Clock clock, Duration idle, Duration maximum) {
        this.random = random;
        this.clock = clock;
        this.idle = idle;
        this.maximum = maximum;
    }

    public Session open(User user) {
        Instant now = clock.instant();
        Session session = new Session(token(), user, token(), now, now);
        sessions.put(session.token(), session);
        return session;
    }

    /** The live session of this token, its last use moved to now; empty when unknown or expired. */
    public Optional<Session> find(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Session session = sessions.get(token);
        if (session == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (now.isAfter(session.lastSeenAt().plus(idle)) || now.isAfter(session.createdAt().plus(maximum))) {
            sessions.remove(token);
            return Optional.empty();
        }
        Session touched = session.seenAt(now);
        sessions.put(token, touched);
        return Optional.of(touched);
    }

    public void close(String token) {
        if (token != null) {
            sessions.remove(token);
        }
    }

    /** 256 random bits, URL-safe. */
    public String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public Duration idle() {
        return idle;
    }
}
