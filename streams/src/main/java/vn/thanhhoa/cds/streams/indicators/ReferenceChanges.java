package vn.thanhhoa.cds.streams.indicators;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the records applied to the reference stores (targets, statistics) of one engine instance,
 * so that a processor can tell cheaply whether what it derived from them may have changed. Written
 * by the global stream thread, read by the stream threads.
 */
public final class ReferenceChanges {

    private final AtomicLong applied = new AtomicLong();

    void applied() {
        applied.incrementAndGet();
    }

    /** Grows with every reference record applied; equal twice means nothing changed in between. */
    public long version() {
        return applied.get();
    }
}
