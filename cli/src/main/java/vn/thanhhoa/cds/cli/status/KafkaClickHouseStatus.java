package vn.thanhhoa.cds.cli.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import vn.thanhhoa.cds.dashboards.status.PipelineStatus;
import vn.thanhhoa.cds.dashboards.status.PipelineStatusSource;
import vn.thanhhoa.cds.store.ClickHouse;
import vn.thanhhoa.cds.store.Row;

/**
 * The pipeline's status for the dashboard, read from Kafka (topic sizes) and ClickHouse (tables);
 * the components and the connectors' states are given by whoever runs them (the embedded stack, a
 * deployment).
 */
public final class KafkaClickHouseStatus implements PipelineStatusSource {

    private final Admin admin;
    private final ClickHouse clickHouse;
    private final String database;
    private final Supplier<List<PipelineStatus.Component>> components;
    private final Supplier<PipelineStatus.Connectors> connectors;

    public KafkaClickHouseStatus(Admin admin, ClickHouse clickHouse, String database, Supplier<List<PipelineStatus.Component>> components,
                                 Supplier<PipelineStatus.Connectors> connectors) {
        this.admin = admin;
        this.clickHouse = clickHouse;
        this.database = database;
        this.components = components;
        this.connectors = connectors;
    }

    @Override
    public PipelineStatus current() {
        return new PipelineStatus(Instant.now(), components.get(), connectors.get(), topics(), tables());
    }

    private List<PipelineStatus.Topic> topics() {
        try {
            Set<String> names = new TreeSet<>(admin.listTopics().names().get());
            List<TopicPartition> partitions = new ArrayList<>();
            admin.describeTopics(names).allTopicNames().get().forEach((name, description) ->
                    description.partitions().forEach(partition -> partitions.add(new TopicPartition(name, partition.partition()))));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> earliest =
                    admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.earliest()))).all().get();
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> latest =
                    admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get();
            return names.stream().map(name -> new PipelineStatus.Topic(name, partitions.stream()
                    .filter(partition -> partition.topic().equals(name))
                    .mapToLong(partition -> latest.get(partition).offset() - earliest.get(partition).offset())
                    .sum())).toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Reading topic sizes failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private List<PipelineStatus.Table> tables() {
        List<Row> rows = clickHouse.query("SELECT name, total_rows FROM system.tables WHERE database = '" + database + "' ORDER BY name");
        return rows.stream().map(row -> new PipelineStatus.Table(database + "." + row.string("name"),
                row.get("total_rows") == null ? 0 : row.longValue("total_rows"))).toList();
    }
}
