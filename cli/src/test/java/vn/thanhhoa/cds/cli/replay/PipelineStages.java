package vn.thanhhoa.cds.cli.replay;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import vn.thanhhoa.cds.store.ClickHouse;
import vn.thanhhoa.cds.store.Row;

/**
 * How far each stage of the running pipeline has come, read from outside it: records on the source
 * topics (the connectors), raw records the sink has taken (its batch memory in ClickHouse, written
 * just before each batch's insert), raw records the engine has committed (its consumer group), and
 * indicator value rows in ClickHouse.
 */
final class PipelineStages {

    record Snapshot(long millis, long sourced, long sunk, long evaluated, long valueRows, boolean sinkCaughtUp, boolean engineCaughtUp) {
    }

    private final Admin admin;
    private final ClickHouse clickHouse;
    private final String database;
    private final String sinkConnector;
    private final String engineGroup;
    private final List<String> rawTopics;
    private final List<String> sinkTopics;

    /**
     * @param rawTopics  what the engine reads
     * @param sinkTopics what the sink takes of the sources' output: the raw topics and the sources' dead letters
     */
    PipelineStages(Admin admin, ClickHouse clickHouse, String database, String sinkConnector, String engineGroup,
                   List<String> rawTopics, List<String> sinkTopics) {
        this.admin = admin;
        this.clickHouse = clickHouse;
        this.database = database;
        this.sinkConnector = sinkConnector;
        this.engineGroup = engineGroup;
        this.rawTopics = List.copyOf(rawTopics);
        this.sinkTopics = List.copyOf(sinkTopics);
    }

    Snapshot now() {
        Map<TopicPartition, Long> ends = endOffsets(sinkTopics);
        long sourced = ends.values().stream().mapToLong(Long::longValue).sum();
        Map<TopicPartition, Long> sunk = sinkBatches();
        Map<TopicPartition, Long> evaluated = committed();
        boolean sinkCaughtUp = ends.entrySet().stream().allMatch(end -> sunk.getOrDefault(end.getKey(), 0L) >= end.getValue());
        boolean engineCaughtUp = ends.entrySet().stream().filter(end -> rawTopics.contains(end.getKey().topic()))
                .allMatch(end -> evaluated.getOrDefault(end.getKey(), 0L) >= end.getValue());
        long valueRows = clickHouse.query("SELECT count() AS c FROM " + database + ".indicator_value_daily").getFirst().longValue("c");
        return new Snapshot(System.currentTimeMillis(), sourced, sum(sunk), sum(evaluated), valueRows, sinkCaughtUp, engineCaughtUp);
    }

    /** The broker's timestamps of the first and the last record on {@code topics} (epoch ms; the producers' send times). */
    record Span(long first, long last) {
    }

    Span recordTimes(List<String> topics, String bootstrapServers) {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrapServers,
                "enable.auto.commit", "false", "isolation.level", "read_committed", "max.poll.records", 1),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            for (Map.Entry<TopicPartition, Long> end : endOffsets(topics).entrySet()) {
                if (end.getValue() == 0) {
                    continue;
                }
                first = Math.min(first, timestampAt(consumer, end.getKey(), -1));
                last = Math.max(last, timestampAt(consumer, end.getKey(), end.getValue() - 1));
            }
        }
        return new Span(first, last);
    }

    /** The broker's timestamp of the earliest first record on {@code topics} (epoch ms): for a transactional topic, whose last offset is a marker. */
    long firstRecordMillis(List<String> topics, String bootstrapServers) {
        long first = Long.MAX_VALUE;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrapServers,
                "enable.auto.commit", "false", "isolation.level", "read_committed", "max.poll.records", 1),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            for (Map.Entry<TopicPartition, Long> end : endOffsets(topics).entrySet()) {
                if (end.getValue() > 0) {
                    first = Math.min(first, timestampAt(consumer, end.getKey(), -1));
                }
            }
        }
        return first;
    }

    /** When the sink recorded its newest batch of the source topics (epoch ms; written just before the batch's insert). */
    long lastSinkBatchMillis() {
        String topics = sinkTopics.stream().map(topic -> "'" + topic + "'").collect(Collectors.joining(", "));
        return clickHouse.query("SELECT toUnixTimestamp64Milli(max(recorded_at)) AS last FROM " + database + ".sink_batch WHERE connector = '"
                + sinkConnector + "' AND topic IN (" + topics + ")").getFirst().longValue("last");
    }

    /** The timestamp of the record at {@code offset}, or of the partition's first record for -1. */
    private static long timestampAt(KafkaConsumer<byte[], byte[]> consumer, TopicPartition partition, long offset) {
        consumer.assign(List.of(partition));
        if (offset < 0) {
            consumer.seekToBeginning(List.of(partition));
        } else {
            consumer.seek(partition, offset);
        }
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                return record.timestamp();
            }
        }
        throw new IllegalStateException("no record read at offset " + offset + " of " + partition);
    }

    /** Per source topic-partition, the offset after the last record the sink has taken into a batch. */
    private Map<TopicPartition, Long> sinkBatches() {
        Map<TopicPartition, Long> taken = new HashMap<>();
        for (Row row : clickHouse.query("SELECT topic, kafka_partition, max(last_offset) AS last FROM " + database + ".sink_batch WHERE connector = '"
                + sinkConnector + "' GROUP BY topic, kafka_partition")) {
            if (sinkTopics.contains(row.string("topic"))) {
                taken.put(new TopicPartition(row.string("topic"), (int) row.longValue("kafka_partition")), row.longValue("last") + 1);
            }
        }
        return taken;
    }

    private Map<TopicPartition, Long> committed() {
        try {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(engineGroup).partitionsToOffsetAndMetadata().get();
            return offsets.entrySet().stream().filter(e -> e.getValue() != null && rawTopics.contains(e.getKey().topic()))
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Reading the engine's offsets failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private Map<TopicPartition, Long> endOffsets(Collection<String> topics) {
        try {
            Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(topics).allTopicNames().get().values().stream()
                    .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                    .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Reading the offsets of " + topics + " failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private static long sum(Map<TopicPartition, Long> offsets) {
        return offsets.values().stream().mapToLong(Long::longValue).sum();
    }
}
