package vn.thanhhoa.cds.sink.delivery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import vn.thanhhoa.cds.sink.table.TableBinding;

/**
 * The batches of one topic-partition, in offset order. States (sink/DESIGN.md): REPLAYING the last
 * batch recorded before a restart (its exact range is rebuilt, offsets below it were written),
 * COLLECTING an open batch, SEALED (a batch decided and not yet written: nothing else is sealed
 * until it is). Everything below {@link #committable()} is in ClickHouse or was reported.
 */
final class PartitionBatcher {

    private final TopicPartition partition;
    private final int maxRows;
    private OffsetRange replay;
    private long nextOffset = -1;
    private long firstOffset = -1;
    private long lastOffset = -1;
    private Map<TableBinding, List<Map<String, Object>>> open = new LinkedHashMap<>();
    private int openRows;
    private Batch sealed;
    private long committable = -1;

    /** @param replay the last batch recorded for this partition before this task had it, or null */
    PartitionBatcher(TopicPartition partition, OffsetRange replay, int maxRows) {
        this.partition = partition;
        this.replay = replay;
        this.maxRows = maxRows;
    }

    /** Whether the record at {@code offset} is one this batcher has not taken yet (Connect hands records again after a retriable failure). */
    boolean isNew(long offset) {
        return offset >= nextOffset;
    }

    /**
     * Takes the record at {@code offset}; whether it belongs in a batch: false for a record handed again that
     * this batcher already took, and for one below the replayed batch (written before the restart).
     * A replayed batch whose last offsets no longer exist (compaction) is sealed when a later offset shows.
     */
    boolean take(long offset) {
        if (offset < nextOffset) {
            return false;
        }
        nextOffset = offset + 1;
        if (replay != null && offset < replay.first()) {
            committable = offset + 1;
            return false;
        }
        if (replay != null && offset > replay.last()) {
            seal();
            replay = null;
        }
        if (firstOffset < 0) {
            firstOffset = offset;
        }
        lastOffset = offset;
        return true;
    }

    /** Adds the row of the record just taken (a record that goes to the dead-letter queue adds none). */
    void add(TableBinding table, Map<String, Object> row) {
        open.computeIfAbsent(table, key -> new ArrayList<>()).add(row);
        openRows++;
    }

    /** Whether the open batch is complete: the replayed range is rebuilt, or the batch reached its size. */
    boolean full() {
        return replay != null ? lastOffset == replay.last() : openRows >= maxRows;
    }

    /** Closes the open batch (if any) for writing. A replayed batch keeps its recorded range, so its token is the one it had. */
    void seal() {
        if (firstOffset < 0) {
            return;
        }
        if (sealed != null) {
            throw new IllegalStateException("a batch of " + partition + " is sealed and not yet written");
        }
        OffsetRange range = replay != null ? replay : new OffsetRange(firstOffset, lastOffset);
        sealed = new Batch(partition, range, open);
        replay = null;
        open = new LinkedHashMap<>();
        openRows = 0;
        firstOffset = -1;
        lastOffset = -1;
    }

    /** Whether an open batch waits that a timed flush may seal; a replay waits for its last offset instead. */
    boolean hasOpenRecords() {
        return firstOffset >= 0 && replay == null;
    }

    Batch sealed() {
        return sealed;
    }

    void written() {
        committable = sealed.range().last() + 1;
        sealed = null;
    }

    /** The offset to commit (the next one not yet in ClickHouse), or -1 when nothing was written yet. */
    long committable() {
        return committable;
    }
}
