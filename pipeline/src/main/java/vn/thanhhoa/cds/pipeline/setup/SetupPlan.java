package vn.thanhhoa.cds.pipeline.setup;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.Schema;
import vn.thanhhoa.cds.pipeline.reference.ReferencePublication;
import vn.thanhhoa.cds.schemas.topic.TopicSpec;

/**
 * What a deployment must hold: its topics, the value schema of each, the ClickHouse database the
 * store's migrations go into, the reference data to publish (none for a deployment that publishes it
 * elsewhere), its connectors, and optionally the folder where the connectors read their reference
 * files (agency mapping, commune codes) from. The demo and {@code ./cds setup} build one and give it to
 * {@link PipelineSetup}.
 */
public record SetupPlan(List<TopicSpec> topics, Map<TopicSpec, Schema> schemas, String database,
        Optional<ReferencePublication> reference, List<ConnectorDeclaration> connectors, Optional<Path> connectorFilesFolder) {

    public SetupPlan(List<TopicSpec> topics, Map<TopicSpec, Schema> schemas, String database,
            Optional<ReferencePublication> reference, List<ConnectorDeclaration> connectors) {
        this(topics, schemas, database, reference, connectors, Optional.empty());
    }

    public SetupPlan {
        topics = List.copyOf(topics);
        schemas = Map.copyOf(schemas);
        connectors = List.copyOf(connectors);
        for (TopicSpec topic : schemas.keySet()) {
            if (!topics.contains(topic)) {
                throw new IllegalArgumentException("a schema is given for topic " + topic.name() + ", which the plan does not create");
            }
        }
        if (connectorFilesFolder.isPresent() && reference.isEmpty()) {
            throw new IllegalArgumentException("the connectors' reference files are written from the reference data, which the plan does not have");
        }
        long names = connectors.stream().map(ConnectorDeclaration::name).distinct().count();
        if (names != connectors.size()) {
            throw new IllegalArgumentException("two connectors of the plan have the same name");
        }
    }
}
