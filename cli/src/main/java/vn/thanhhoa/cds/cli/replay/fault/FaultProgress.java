package vn.thanhhoa.cds.cli.replay.fault;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import vn.thanhhoa.cds.schemas.topic.PipelineTopics;
import vn.thanhhoa.cds.schemas.topic.TopicSpec;

/**
 * Where the pipeline stands, seen from outside its parts (the parent owns no ClickHouse while the
 * store runs): records on the source topics and the engine's output topic (end offsets), how far
 * the engine and the sink are behind on the raw topics (their groups' committed offsets), and the
 * store's row counts from its status file.
 */
final class FaultProgress {

    static final String SINK_GROUP = "connect-clickhouse-sink";
    static final String ENGINE_GROUP = "cds-indicator-engine";

    record Snapshot(long sourceRecords, long values, long rawRows, long valueRows, long engineLag, long sinkLag) {

        /** Whether the two show the same amounts, lags aside. */
        boolean sameAmounts(Snapshot other) {
            return other != null && sourceRecords == other.sourceRecords && values == other.values && rawRows == other.rawRows && valueRows == other.valueRows;
        }
    }

    private final Admin admin;
    private final List<String> rawTopics;
    private final List<String> sourceTopics;

    FaultProgress(Admin admin) {
        this.admin = admin;
        this.rawTopics = PipelineTopics.ALL.stream().map(TopicSpec::name).filter(name -> name.startsWith("raw.")).toList();
        this.sourceTopics = java.util.stream.Stream.concat(rawTopics.stream(), java.util.stream.Stream.of(PipelineTopics.DLQ_SOURCE.name())).toList();
    }

    Snapshot now(ChildStatus store) throws ExecutionException, InterruptedException {
        Map<TopicPartition, Long> rawEnds = endOffsets(rawTopics);
        return new Snapshot(endOffsets(sourceTopics).values().stream().mapToLong(Long::longValue).sum(),
                endOffsets(List.of(PipelineTopics.INDICATOR_VALUE.name())).values().stream().mapToLong(Long::longValue).sum(),
                store.number("rawRows"), store.number("valueRows"), lag(ENGINE_GROUP, rawEnds, false), lag(SINK_GROUP, rawEnds, true));
    }

    /**
     * Records of the raw topics a group has not committed yet. The sink reads every raw topic, so a
     * partition it never committed counts whole; the engine reads only some, so only the partitions
     * it committed count.
     */
    private long lag(String group, Map<TopicPartition, Long> ends, boolean readsAll) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        long lag = 0;
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            OffsetAndMetadata offset = committed.get(end.getKey());
            if (offset != null) {
                lag += end.getValue() - offset.offset();
            } else if (readsAll) {
                lag += end.getValue();
            }
        }
        return lag;
    }

    private Map<TopicPartition, Long> endOffsets(Collection<String> topics) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(topics).allTopicNames().get().values().stream()
                .flatMap(description -> description.partitions().stream().map(partition -> new TopicPartition(description.name(), partition.partition())))
                .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()));
        return admin.listOffsets(latest).all().get().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
    }
}
