package vn.thanhhoa.cds.dashboards.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionsAndThrottleTest {

    private final SteppedClock clock = new SteppedClock(Instant.parse("2026-11-25T01:00:00Z"));
    private final User user = new User("canboxa", "Cán bộ", Role.COMMUNE_OFFICER, "x", Optional.of("14758"), Optional.empty());

    @Test
    void aSessionEndsAfterItsIdleTimeButUseKeepsItAliveUntilItsMaximum() {
        SessionStore sessions = new SessionStore(new SecureRandom(), clock, Duration.ofMinutes(30), Duration.ofHours(2));
        Session session = sessions.open(user);

        clock.advance(Duration.ofMinutes(29));
        assertThat(sessions.find(session.token())).isPresent();
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofMinutes(29));
            assertThat(sessions.find(session.token())).as("used every 29 minutes, at %d", i).isPresent();
        }
        clock.advance(Duration.ofMinutes(5));
        assertThat(sessions.find(session.token())).as("121 minutes after sign-in, used 5 minutes ago").isEmpty();

        Session idle = sessions.open(user);
        clock.advance(Duration.ofMinutes(31));
        assertThat(sessions.find(idle.token())).isEmpty();
    }

    @Test
    void tokensAreLongRandomAndDistinctAndAClosedSessionIsGone() {
        SessionStore sessions = new SessionStore(new SecureRandom(), clock, Duration.ofMinutes(30), Duration.ofHours(2));
        Session one = sessions.open(user);
        Session two = sessions.open(user);
        assertThat(one.token()).hasSize(43).isNotEqualTo(two.token()).isNotEqualTo(one.csrfToken());
        sessions.close(one.token());
        assertThat(sessions.find(one.token())).isEmpty();
        assertThat(sessions.find(two.token())).isPresent();
        assertThat(sessions.find(null)).isEmpty();
    }

    @Test
    void fiveFailuresBlockThatLoginFromThatAddressOnlyUntilTheWindowPasses() {
        LoginThrottle throttle = new LoginThrottle(clock, 5, Duration.ofMinutes(15));
        for (int i = 0; i < 4; i++) {
            throttle.failed("CanBoXa", "10.0.0.1");
        }
        assertThat(throttle.blockedUntil("canboxa", "10.0.0.1")).isEmpty();
        throttle.failed("canboxa", "10.0.0.1");
        assertThat(throttle.blockedUntil("canboxa", "10.0.0.1")).hasValue(clock.instant().plus(Duration.ofMinutes(15)));
        assertThat(throttle.blockedUntil("canboxa", "10.0.0.2")).as("another address").isEmpty();
        assertThat(throttle.blockedUntil("phantich", "10.0.0.1")).as("another login").isEmpty();

        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.blockedUntil("canboxa", "10.0.0.1")).isEmpty();
    }

    @Test
    void aSuccessClearsTheFailures() {
        LoginThrottle throttle = new LoginThrottle(clock, 2, Duration.ofMinutes(15));
        throttle.failed("a", "ip");
        throttle.succeeded("a", "ip");
        throttle.failed("a", "ip");
        assertThat(throttle.blockedUntil("a", "ip")).isEmpty();
    }
}
