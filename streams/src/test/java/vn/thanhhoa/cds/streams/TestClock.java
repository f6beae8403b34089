package vn.thanhhoa.cds.streams;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves: "today" for the engine's windows. */
final class TestClock extends Clock {

    private volatile Instant now;

    TestClock(Instant now) {
        this.now = now;
    }

    void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        TestClock same = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return same.withZone(other);
            }

            @Override
            public Instant instant() {
                return same.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        return now;
    }
}
