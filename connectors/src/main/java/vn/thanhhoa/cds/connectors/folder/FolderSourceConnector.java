package vn.thanhhoa.cds.connectors.folder;

import java.nio.file.Files;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import vn.thanhhoa.cds.connectors.SingleTaskSourceConnector;

/** A connector reading one export folder, in file-name order. */
public abstract class FolderSourceConnector extends SingleTaskSourceConnector {

    /** Parses (and so validates) the settings. */
    protected abstract FolderSourceConfig parse(Map<String, String> props);

    @Override
    protected final void checkSettings(Map<String, String> props) {
        FolderSourceConfig config = parse(props);
        if (!Files.isDirectory(config.inputDirectory()) || !Files.isReadable(config.inputDirectory())) {
            throw new ConfigException(FolderSourceConfig.INPUT_DIR_CONFIG, config.inputDirectory().toString(), "is not a readable folder");
        }
    }
}
