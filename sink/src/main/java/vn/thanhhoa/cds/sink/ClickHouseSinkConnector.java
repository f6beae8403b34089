package vn.thanhhoa.cds.sink;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.sink.SinkConnector;

/**
 * Writes the pipeline's Avro topics to ClickHouse, each record type to its table (see
 * {@code table.SinkTables}), in batches and exactly once (sink/DESIGN.md). Every task gets the same
 * settings; Kafka assigns the topic-partitions among them.
 */
public final class ClickHouseSinkConnector extends SinkConnector {

    private Map<String, String> settings;

    @Override
    public void start(Map<String, String> props) {
        new ClickHouseSinkConfig(props);
        settings = Map.copyOf(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return ClickHouseSinkTask.class;
    }

    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        return Collections.nCopies(maxTasks, settings);
    }

    @Override
    public void stop() {
        settings = null;
    }

    @Override
    public ConfigDef config() {
        return ClickHouseSinkConfig.CONFIG_DEF;
    }

    @Override
    public String version() {
        return SinkVersion.get();
    }
}
