package vn.thanhhoa.cds.connectors.tthc;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.source.SourceConnector;
import vn.thanhhoa.cds.connectors.ConnectorVersion;

/**
 * Reads the one-stop system's dossier exports (JSON Lines in a folder) into {@code raw.tthc.dossier}.
 * One task: files are read in name order, and a dossier's later states must follow its earlier ones.
 */
public final class DossierFileSourceConnector extends SourceConnector {

    private Map<String, String> settings;

    @Override
    public void start(Map<String, String> props) {
        DossierFileSourceConfig config = new DossierFileSourceConfig(props);
        if (!Files.isDirectory(config.inputDirectory()) || !Files.isReadable(config.inputDirectory())) {
            throw new ConfigException(DossierFileSourceConfig.INPUT_DIR_CONFIG, config.inputDirectory().toString(), "is not a readable folder");
        }
        this.settings = Map.copyOf(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return DossierFileSourceTask.class;
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
    public ConfigDef config() {
        return DossierFileSourceConfig.CONFIG_DEF;
    }

    @Override
    public String version() {
        return ConnectorVersion.get();
    }
}
