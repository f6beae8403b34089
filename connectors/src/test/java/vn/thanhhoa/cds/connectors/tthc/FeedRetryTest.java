package vn.thanhhoa.cds.connectors.tthc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeedRetryTest {

    private final FeedRetry retry = new FeedRetry(Duration.ofMillis(100), Duration.ofMillis(1000));

    @Test
    void theWaitDoublesUpToItsBoundAndStartsAgainAfterAnAnswer() {
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            waits.add(((FeedRetry.Retry) retry.status(503, "http://feed")).delay().toMillis());
        }
        assertThat(waits).containsExactly(100L, 200L, 400L, 800L, 1000L, 1000L, 1000L);

        retry.answered();
        assertThat(((FeedRetry.Retry) retry.unreachable("connection refused")).delay()).isEqualTo(Duration.ofMillis(100));
        assertThat(retry.retries()).as("counted for the metric").isEqualTo(8);
    }

    @ParameterizedTest(name = "HTTP {0} is waited out")
    @ValueSource(ints = {500, 502, 503, 504, 429})
    void aFeedThatCannotAnswerNowIsAskedAgain(int status) {
        assertThat(retry.status(status, "http://feed")).isInstanceOf(FeedRetry.Retry.class);
    }

    @ParameterizedTest(name = "HTTP {0} stops the task")
    @ValueSource(ints = {400, 401, 403, 404, 410, 302})
    void aStatusWaitingCannotMendStopsTheTaskNamingUrlAndStatus(int status) {
        assertThat(retry.status(status, "http://feed/api")).isInstanceOfSatisfying(FeedRetry.Stop.class,
                stop -> assertThat(stop.why()).contains("http://feed/api", "HTTP " + status));
        assertThat(retry.retries()).isZero();
    }

    @Test
    void anErrorCodeOrABodyThatIsNotJsonIsAskedAgain() {
        assertThat(retry.errorCode("99")).isInstanceOf(FeedRetry.Retry.class);
        assertThat(retry.notJson()).isInstanceOf(FeedRetry.Retry.class);
    }

    @Test
    void aBoundBelowTheBaseIsRefused() {
        assertThatThrownBy(() -> new FeedRetry(Duration.ofSeconds(5), Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
