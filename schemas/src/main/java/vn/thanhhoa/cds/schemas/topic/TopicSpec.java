package vn.thanhhoa.cds.schemas.topic;

import java.util.Map;
import java.util.Objects;

/**
 * A Kafka topic of the pipeline: its name, partitions and whether it is compacted (reference data
 * and latest values keep the newest record per key forever; event topics keep history by time).
 */
public record TopicSpec(String name, int partitions, boolean compacted, String purpose) {

    public TopicSpec {
        Objects.requireNonNull(name, "name");
        if (partitions < 1) {
            throw new IllegalArgumentException("a topic needs at least one partition: " + name);
        }
    }

    /** Topic-level settings to create it with. */
    public Map<String, String> configs() {
        return compacted ? Map.of("cleanup.policy", "compact") : Map.of("cleanup.policy", "delete", "retention.ms", "-1");
    }
}
