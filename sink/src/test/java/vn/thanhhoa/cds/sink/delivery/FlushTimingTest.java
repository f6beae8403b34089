package vn.thanhhoa.cds.sink.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FlushTimingTest {

    private static final long NOW = 1_780_000_000_000L;

    @Test
    void recordsOlderThanTheBacklogIntervalShowABacklogAndWaitLonger() {
        FlushTiming timing = new FlushTiming(500, 5_000);

        assertThat(timing.behind(NOW - 5_001, NOW)).isTrue();
        assertThat(timing.behind(NOW - 4_000, NOW)).isFalse();
        assertThat(timing.waitNanos(true)).isEqualTo(5_000_000_000L);
        assertThat(timing.waitNanos(false)).isEqualTo(500_000_000L);
    }

    @Test
    void aBacklogIntervalNoLongerThanTheFlushIntervalTurnsCatchingUpOff() {
        FlushTiming timing = new FlushTiming(1_000, 1_000);

        assertThat(timing.behind(NOW - 3_600_000, NOW)).isFalse();
        assertThat(new FlushTiming(1_000, 0).waitNanos(true)).isEqualTo(1_000_000_000L);
    }
}
