package vn.thanhhoa.cds.connectors;

import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.source.SourceConnector;

/**
 * A connector whose source is one ordered sequence (a folder read in name order, a change feed read
 * from one cursor), so it runs one task whatever {@code tasks.max} says: several tasks could not keep
 * a record's later states after its earlier ones.
 */
public abstract class SingleTaskSourceConnector extends SourceConnector {

    private Map<String, String> settings;

    /** Checks the settings; throws {@link org.apache.kafka.common.config.ConfigException} naming the key. */
    protected abstract void checkSettings(Map<String, String> props);

    @Override
    public final void start(Map<String, String> props) {
        checkSettings(props);
        this.settings = Map.copyOf(props);
    }

    @Override
    public final List<Map<String, String>> taskConfigs(int maxTasks) {
        return List.of(settings);
    }

    @Override
    public void stop() {
        // nothing held: the task owns the source
    }

    @Override
    public String version() {
        return ConnectorVersion.get();
    }
}
