package vn.thanhhoa.cds.connectors;

import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigValue;
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

    /**
     * The folders and reference files the settings name (commune list, pseudonymisation key, agency
     * mapping, column mapping, catalog), each with a check that throws when it cannot be read, by the
     * key that names it. Default: none.
     */
    protected Map<String, Runnable> referenceChecks(Map<String, String> props) {
        return Map.of();
    }

    /**
     * Connect's own checks of each value, then, once every value parses, {@link #checkSettings} and
     * every {@link #referenceChecks}: a problem is attached to the key that names it, so that {@code PUT
     * /connector-plugins/<class>/config/validate} (and Connect before it creates the connector) reports
     * a missing key file or an unreadable commune list next to its setting instead of a failed task.
     */
    @Override
    public Config validate(Map<String, String> props) {
        Config config = super.validate(props);
        if (config.configValues().stream().anyMatch(value -> !value.errorMessages().isEmpty())) {
            return config; // the files are looked at once every value parses
        }
        Map<String, ConfigValue> byName = new java.util.HashMap<>();
        config.configValues().forEach(value -> byName.put(value.name(), value));
        try {
            checkSettings(props);
        } catch (org.apache.kafka.common.config.ConfigException problem) {
            byName.values().stream().filter(value -> problem.getMessage().contains("configuration " + value.name() + ":")).findFirst()
                    .orElse(config.configValues().getFirst()).addErrorMessage(problem.getMessage());
        }
        referenceChecks(props).forEach((key, check) -> {
            try {
                check.run();
            } catch (RuntimeException problem) {
                byName.get(key).addErrorMessage(problem.getMessage());
            }
        });
        return config;
    }

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
