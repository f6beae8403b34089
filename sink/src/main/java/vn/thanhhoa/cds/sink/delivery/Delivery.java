package vn.thanhhoa.cds.sink.delivery;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thanhhoa.cds.sink.decode.RegistryUnavailableException;
import vn.thanhhoa.cds.sink.decode.UndecodableValueException;
import vn.thanhhoa.cds.sink.decode.WireFormatDecoder;
import vn.thanhhoa.cds.sink.target.ClickHouseTarget;
import vn.thanhhoa.cds.store.ClickHouse;

/**
 * Exactly-once delivery of one task's records (sink/DESIGN.md): records become rows in per-partition
 * batches; a batch is recorded in the batch log, then inserted with a token derived from its
 * topic-partition and offset range; only then are its offsets offered for commit. Anything that may
 * pass on a retry (ClickHouse or the registry unreachable) becomes a {@link RetriableException}, so
 * that Connect hands the same records again after a back-off; they are recognised by offset and
 * the batch waiting to be written is written first.
 */
public final class Delivery {

    private static final Logger LOG = LoggerFactory.getLogger(Delivery.class);

    private final String connector;
    private final ClickHouseTarget target;
    private final BatchLog batchLog;
    private final WireFormatDecoder decoder;
    private final ErrantRecords errantRecords;
    private final long flushIntervalNanos;
    private final int maxRows;
    private final Map<TopicPartition, PartitionBatcher> batchers = new HashMap<>();
    private long lastFlush = System.nanoTime();

    public Delivery(String connector, String database, ClickHouseTarget target, WireFormatDecoder decoder, ErrantRecords errantRecords,
                    long flushIntervalMs, int maxRows) {
        this.connector = connector;
        this.target = target;
        this.batchLog = new BatchLog(database, connector);
        this.decoder = decoder;
        this.errantRecords = errantRecords;
        this.flushIntervalNanos = flushIntervalMs * 1_000_000;
        this.maxRows = maxRows;
    }

    /** Takes Connect's records into batches, writing each batch that fills up, then every batch due by time. */
    public void put(Collection<SinkRecord> records) {
        writeSealed(batchers.values());
        resolve(records);
        for (SinkRecord record : records) {
            PartitionBatcher batcher = batchers.get(new TopicPartition(record.topic(), record.kafkaPartition()));
            if (!batcher.isNew(record.kafkaOffset())) {
                continue;
            }
            // Decoded before the batcher takes the offset: a registry that cannot be reached leaves
            // the record untaken, so the same record handed again after the back-off is not skipped.
            WireFormatDecoder.Decoded decoded = null;
            UndecodableValueException undecodable = null;
            try {
                decoded = decoder.decode(record.value());
            } catch (UndecodableValueException e) {
                undecodable = e;
            } catch (RegistryUnavailableException e) {
                throw retry(e);
            }
            if (!batcher.take(record.kafkaOffset())) {
                continue;
            }
            if (decoded != null) {
                batcher.add(decoded.table(), decoded.table().rows().row(decoded.record()));
            } else {
                errantRecords.report(record, undecodable);
            }
            // The record is in the open batch before anything is written, so a failed write below
            // loses nothing: Connect hands it again, the batcher knows it, the batch is retried.
            writeSealed(List.of(batcher));
            if (batcher.full()) {
                batcher.seal();
                writeSealed(List.of(batcher));
            }
        }
        if (System.nanoTime() - lastFlush >= flushIntervalNanos) {
            flush();
        }
    }

    /** Seals and writes every open batch now (a commit is coming, or the flush interval passed). */
    public void flush() {
        batchers.values().stream().filter(PartitionBatcher::hasOpenRecords).forEach(PartitionBatcher::seal);
        writeSealed(batchers.values());
        lastFlush = System.nanoTime();
    }

    /** The offsets Connect may commit: of each partition, the first not yet in ClickHouse. */
    public Map<TopicPartition, OffsetAndMetadata> committable() {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        batchers.forEach((partition, batcher) -> {
            if (batcher.committable() >= 0) {
                offsets.put(partition, new OffsetAndMetadata(batcher.committable()));
            }
        });
        return offsets;
    }

    /** Partitions this task no longer has: their unwritten records will be handed to their next owner. */
    public void forget(Collection<TopicPartition> partitions) {
        partitions.forEach(batchers::remove);
    }

    /** Creates the batchers of partitions seen for the first time, each resuming from the batch log. */
    private void resolve(Collection<SinkRecord> records) {
        Set<TopicPartition> fresh = new LinkedHashSet<>();
        for (SinkRecord record : records) {
            TopicPartition partition = new TopicPartition(record.topic(), record.kafkaPartition());
            if (!batchers.containsKey(partition)) {
                fresh.add(partition);
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        Map<TopicPartition, OffsetRange> lastBatches;
        try {
            lastBatches = batchLog.lastBatches(target.get(), fresh);
        } catch (RuntimeException e) {
            throw failure("reading the batch log from " + target.describe(), e);
        }
        for (TopicPartition partition : fresh) {
            OffsetRange replay = lastBatches.get(partition);
            if (replay != null) {
                LOG.info("{}: {} resumes; its last recorded batch {}-{} is rebuilt exactly if handed again", connector, partition,
                        replay.first(), replay.last());
            }
            batchers.put(partition, new PartitionBatcher(partition, replay, maxRows));
        }
    }

    private void writeSealed(Collection<PartitionBatcher> candidates) {
        List<PartitionBatcher> sealed = candidates.stream().filter(batcher -> batcher.sealed() != null).toList();
        if (sealed.isEmpty()) {
            return;
        }
        try {
            ClickHouse clickHouse = target.get();
            batchLog.record(clickHouse, sealed.stream().map(PartitionBatcher::sealed).toList());
            for (PartitionBatcher batcher : sealed) {
                Batch batch = batcher.sealed();
                String token = batch.deduplicationToken(connector);
                batch.rows().forEach((table, rows) -> clickHouse.insert(table.table(), rows, token));
                batcher.written();
                if (LOG.isDebugEnabled()) {
                    LOG.debug("{}: wrote {} offsets {}-{} as {}", connector, batch.partition(), batch.range().first(), batch.range().last(), token);
                }
            }
        } catch (RuntimeException e) {
            throw failure("writing to " + target.describe(), e);
        }
    }

    private RuntimeException failure(String what, RuntimeException e) {
        if (e instanceof RetriableException || e instanceof ConnectException) {
            return e;
        }
        String permanent = ClickHouseFailures.permanentError(e);
        if (permanent != null) {
            return new ConnectException(connector + ": ClickHouse refused " + what + " (" + permanent + "), which a retry cannot cure; "
                    + "nothing was committed, so the records are written once the cause is fixed: " + e.getMessage(), e);
        }
        target.reset();
        return retry(new IllegalStateException(what + " failed: " + e.getMessage(), e));
    }

    private RetriableException retry(RuntimeException e) {
        LOG.warn("{}: {}; Connect hands the records again after the back-off", connector, e.getMessage());
        return new RetriableException(e.getMessage(), e);
    }

    /** For tests and logs: the partitions with a batch waiting to be written. */
    List<TopicPartition> waiting() {
        List<TopicPartition> waiting = new ArrayList<>();
        batchers.forEach((partition, batcher) -> {
            if (batcher.sealed() != null || batcher.hasOpenRecords()) {
                waiting.add(partition);
            }
        });
        return waiting;
    }
}
