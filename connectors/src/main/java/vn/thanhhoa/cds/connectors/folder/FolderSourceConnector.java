package vn.thanhhoa.cds.connectors.folder;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.source.SourceConnector;
import vn.thanhhoa.cds.connectors.ConnectorVersion;

/**
 * A connector reading one export folder. One task: files are read in name order, and a record's
 * later states must follow its earlier ones, which several tasks could not promise.
 */
public abstract class FolderSourceConnector extends SourceConnector {

    private Map<String, String> settings;

    /** Parses (and so validates) the settings. */
    protected abstract FolderSourceConfig parse(Map<String, String> props);

    @Override
    public void start(Map<String, String> props) {
        FolderSourceConfig config = parse(props);
        if (!Files.isDirectory(config.inputDirectory()) || !Files.isReadable(config.inputDirectory())) {
            throw new ConfigException(FolderSourceConfig.INPUT_DIR_CONFIG, config.inputDirectory().toString(), "is not a readable folder");
        }
        this.settings = Map.copyOf(props);
    }

    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        return List.of(settings);
    }

    @Override
    public void stop() {
        // nothing held: the task owns the files
    }

    @Override
    public String version() {
        return ConnectorVersion.get();
    }
}
