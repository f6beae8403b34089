package vn.thanhhoa.cds.dashboards.status;

import java.time.Instant;
import java.util.List;

/**
 * What the pipeline looks like right now, for the status panel: its components, the state of each
 * connector and task, its topics and its ClickHouse tables.
 */
public record PipelineStatus(Instant observedAt, List<Component> components, Connectors connectors, List<Topic> topics, List<Table> tables) {

    public PipelineStatus {
        components = List.copyOf(components);
        topics = List.copyOf(topics);
        tables = List.copyOf(tables);
    }

    /**
     * The connectors as last seen, or why they could not be seen ({@code unreachable}), and how many
     * restarts of failed tasks were made since start.
     */
    public record Connectors(List<Connector> connectors, String unreachable, long restarts) {

        public static final Connectors NONE = new Connectors(List.of(), null, 0);

        public Connectors {
            connectors = List.copyOf(connectors);
        }
    }

    /** A connector, its state (RUNNING, FAILED, …), the reason of a failure, and its tasks. */
    public record Connector(String name, String state, String reason, List<Task> tasks) {

        public Connector {
            tasks = List.copyOf(tasks);
        }
    }

    /** One task of a connector, its state and the reason of a failure. */
    public record Task(int id, String state, String reason) {
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
