package vn.thanhhoa.cds.connectors.folder;

import java.nio.file.Files;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.connector.Task;
import vn.thanhhoa.cds.connectors.SingleTaskSourceConnector;

/**
 * A connector reading one export folder, in file-name order. A source's connector only names its
 * settings and its task; Kafka Connect needs a class per connector, so that class is one constructor.
 */
public abstract class FolderSourceConnector extends SingleTaskSourceConnector {

    private final ConfigDef definition;
    private final Function<Map<String, String>, ? extends FolderSourceConfig> parse;
    private final Class<? extends Task> taskClass;

    /**
     * @param definition the settings, as Connect shows and validates them
     * @param parse      parses (and so validates) the settings
     * @param taskClass  the task that reads the folder
     */
    protected FolderSourceConnector(ConfigDef definition, Function<Map<String, String>, ? extends FolderSourceConfig> parse,
                                    Class<? extends Task> taskClass) {
        this.definition = definition;
        this.parse = parse;
        this.taskClass = taskClass;
    }

    @Override
    protected final void checkSettings(Map<String, String> props) {
        FolderSourceConfig config = parse.apply(props);
        if (!Files.isDirectory(config.inputDirectory()) || !Files.isReadable(config.inputDirectory())) {
            throw new ConfigException(FolderSourceConfig.INPUT_DIR_CONFIG, config.inputDirectory().toString(), "is not a readable folder");
        }
    }

    @Override
    protected final Map<String, Runnable> referenceChecks(Map<String, String> props) {
        return parse.apply(props).referenceChecks();
    }

    @Override
    public final Class<? extends Task> taskClass() {
        return taskClass;
    }

    @Override
    public final ConfigDef config() {
        return definition;
    }
}
