package vn.thanhhoa.cds.sink.delivery;

/**
 * How long records wait in the sink before they are inserted. Live, {@code intervalMs}: a row is
 * readable that soon after it reaches the sink. While the sink catches up on a backlog, which it
 * knows by the records' own Kafka timestamps (even the newest handed to it older than
 * {@code backlogIntervalMs}), {@code backlogIntervalMs}: the rows' freshness is lost already, and
 * ClickHouse's fixed cost per insert is what slows the catch-up, so fewer, larger inserts win.
 * Where a batch ends changes nothing else: the batch log records each batch's range either way.
 */
public record FlushTiming(long intervalMs, long backlogIntervalMs) {

    public FlushTiming {
        if (intervalMs < 0 || backlogIntervalMs < 0) {
            throw new IllegalArgumentException("flush intervals cannot be negative");
        }
    }

    /** Whether records whose newest was written to Kafka at {@code newestTimestampMs} show a backlog at {@code nowMs}. */
    boolean behind(long newestTimestampMs, long nowMs) {
        return backlogIntervalMs > intervalMs && nowMs - newestTimestampMs > backlogIntervalMs;
    }

    /** The longest wait, in nanoseconds, for a sink that is or is not catching up. */
    long waitNanos(boolean catchingUp) {
        return (catchingUp ? Math.max(intervalMs, backlogIntervalMs) : intervalMs) * 1_000_000;
    }
}
