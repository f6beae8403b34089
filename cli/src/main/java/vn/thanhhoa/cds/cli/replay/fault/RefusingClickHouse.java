package vn.thanhhoa.cds.cli.replay.fault;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import vn.thanhhoa.cds.store.ClickHouse;
import vn.thanhhoa.cds.store.ClickHouseException;
import vn.thanhhoa.cds.store.Row;

/**
 * The ClickHouse handle the sink is lent in the fault suite's store process, with an outage switch.
 * The embedded engine has no server to stop, so an outage is injected here: while it lasts, every
 * call is refused the way a refused connection is (a {@link ClickHouseException} without a
 * ClickHouse error code, which the sink treats as worth retrying), and the engine underneath keeps
 * its data untouched. The outage ends by itself.
 */
public final class RefusingClickHouse implements ClickHouse {

    private final ClickHouse engine;
    /** Compared by difference (nanoTime may be negative and wraps): set to now at first, so nothing is refused. */
    private final AtomicLong refusingUntilNanos = new AtomicLong(System.nanoTime());
    private final AtomicLong refusedCalls = new AtomicLong();

    public RefusingClickHouse(ClickHouse engine) {
        this.engine = engine;
    }

    /** Refuses every call from now for {@code duration}. */
    public void refuseFor(Duration duration) {
        refusingUntilNanos.set(System.nanoTime() + duration.toNanos());
    }

    public boolean refusing() {
        return System.nanoTime() - refusingUntilNanos.get() < 0;
    }

    public long refusedCalls() {
        return refusedCalls.get();
    }

    private void admit() {
        if (refusing()) {
            refusedCalls.incrementAndGet();
            throw new ClickHouseException("Connection refused: the embedded ClickHouse is unavailable (an outage injected by the fault suite)");
        }
    }

    @Override
    public void execute(String sql) {
        admit();
        engine.execute(sql);
    }

    @Override
    public void insert(String table, List<? extends Map<String, ?>> rows, String deduplicationToken) {
        admit();
        engine.insert(table, rows, deduplicationToken);
    }

    @Override
    public List<Row> query(String sql) {
        admit();
        return engine.query(sql);
    }

    @Override
    public String describe() {
        return engine.describe() + (refusing() ? " (outage injected)" : "");
    }

    /** The engine is the store process's, not the sink's: a borrower never closes it. */
    @Override
    public void close() {
    }
}
