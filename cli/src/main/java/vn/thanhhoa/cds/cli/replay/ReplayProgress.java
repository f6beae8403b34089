package vn.thanhhoa.cds.cli.replay;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import vn.thanhhoa.cds.store.ClickHouse;

/**
 * Where a replay stands, read from the outside of each stage: records on the source topics (their
 * end offsets: the source connectors write without transactions, so an offset is a record), records
 * on the engine's output topic (transactional, so an upper bound: commit markers take offsets too),
 * and rows in ClickHouse.
 */
final class ReplayProgress {

    record Snapshot(long sourceRecords, long values, long valueRows, long rawRows) {
    }

    private final Admin admin;
    private final ClickHouse clickHouse;
    private final String database;
    private final List<String> sourceTopics;
    private final String valueTopic;

    ReplayProgress(Admin admin, ClickHouse clickHouse, String database, List<String> sourceTopics, String valueTopic) {
        this.admin = admin;
        this.clickHouse = clickHouse;
        this.database = database;
        this.sourceTopics = List.copyOf(sourceTopics);
        this.valueTopic = valueTopic;
    }

    Snapshot now() {
        long rawRows = 0;
        for (String table : List.of("raw_dossier", "raw_document", "raw_health_record", "raw_reported_measure", "raw_task",
                "raw_periodic_report", "raw_declaration", "dead_letter_source")) {
            rawRows += count(table);
        }
        return new Snapshot(endOffsets(sourceTopics), endOffsets(List.of(valueTopic)), count("indicator_value_daily"), rawRows);
    }

    Map<String, Long> perTopic(Collection<String> topics) {
        return topics.stream().collect(Collectors.toMap(topic -> topic, topic -> endOffsets(List.of(topic)), (a, b) -> a, java.util.TreeMap::new));
    }

    private long count(String table) {
        return clickHouse.query("SELECT count() AS c FROM " + database + "." + table).getFirst().longValue("c");
    }

    private long endOffsets(Collection<String> topics) {
        try {
            Map<String, TopicDescription> descriptions = admin.describeTopics(topics).allTopicNames().get();
            Map<TopicPartition, OffsetSpec> latest = descriptions.values().stream()
                    .flatMap(description -> description.partitions().stream().map(partition -> new TopicPartition(description.name(), partition.partition())))
                    .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get().values().stream().mapToLong(info -> info.offset()).sum();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the topics' offsets", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Reading the offsets of " + topics + " failed: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
