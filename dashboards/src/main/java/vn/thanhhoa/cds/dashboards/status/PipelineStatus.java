package vn.thanhhoa.cds.dashboards.status;

import java.time.Instant;
import java.util.List;

/**
 * What the pipeline looks like right now, for the status panel: its components, its topics and
 * its ClickHouse tables.
 */
public record PipelineStatus(Instant observedAt, List<Component> components, List<Topic> topics, List<Table> tables) {

    public PipelineStatus {
        components = List.copyOf(components);
        topics = List.copyOf(topics);
        tables = List.copyOf(tables);
    }

    /** A running part of the pipeline, e.g. the Kafka broker at 127.0.0.1:9092. */
    public record Component(String name, String address, boolean up) {
    }

    /** A Kafka topic and how many records it holds (end offset minus start offset, all partitions). */
    public record Topic(String name, long records) {
    }

    /** A ClickHouse table and its row count. */
    public record Table(String name, long rows) {
    }
}
