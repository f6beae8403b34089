package vn.thanhhoa.cds.cli.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import vn.thanhhoa.cds.dashboards.status.PipelineStatus;
import vn.thanhhoa.cds.dashboards.status.PipelineStatusSource;
import vn.thanhhoa.cds.runtime.EmbeddedStack;
import vn.thanhhoa.cds.runtime.network.Ports;
import vn.thanhhoa.cds.store.Row;

/** The embedded stack's status for the dashboard: components, topic sizes, ClickHouse tables. */
final class StackStatus implements PipelineStatusSource {

    private final EmbeddedStack stack;
    private final Admin admin;
    private final String database;

    StackStatus(EmbeddedStack stack, Admin admin, String database) {
        this.stack = stack;
        this.admin = admin;
        this.database = database;
    }

    @Override
    public PipelineStatus current() {
        List<PipelineStatus.Component> components = List.of(
                new PipelineStatus.Component("Kafka (KRaft)", stack.bootstrapServers(), Ports.isListening(stack.broker().port())),
                new PipelineStatus.Component("Schema registry (Apicurio)", stack.registry().url(), Ports.isListening(stack.registry().port())),
                new PipelineStatus.Component("Kafka Connect", "http://" + Ports.LOOPBACK + ":" + stack.connect().restPort(), Ports.isListening(stack.connect().restPort())),
                new PipelineStatus.Component("ClickHouse", stack.clickHouse().describe(), true));
        return new PipelineStatus(Instant.now(), components, topics(), tables());
    }

    private List<PipelineStatus.Topic> topics() {
        try {
            Set<String> names = new TreeSet<>(admin.listTopics().names().get());
            Map<String, ?> descriptions = admin.describeTopics(names).allTopicNames().get();
            List<TopicPartition> partitions = new ArrayList<>();
            admin.describeTopics(names).allTopicNames().get().forEach((name, description) ->
                    description.partitions().forEach(partition -> partitions.add(new TopicPartition(name, partition.partition()))));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> earliest =
                    admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.earliest()))).all().get();
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> latest =
                    admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get();
            return descriptions.keySet().stream().sorted().map(name -> new PipelineStatus.Topic(name, partitions.stream()
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
        List<Row> rows = stack.clickHouse().query("SELECT name, total_rows FROM system.tables WHERE database = '" + database + "' ORDER BY name");
        return rows.stream().map(row -> new PipelineStatus.Table(database + "." + row.string("name"),
                row.get("total_rows") == null ? 0 : row.longValue("total_rows"))).toList();
    }
}
