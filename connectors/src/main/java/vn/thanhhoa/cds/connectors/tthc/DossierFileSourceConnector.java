package vn.thanhhoa.cds.connectors.tthc;

import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import vn.thanhhoa.cds.connectors.folder.FolderSourceConfig;
import vn.thanhhoa.cds.connectors.folder.FolderSourceConnector;

/** Reads the one-stop system's dossier exports (JSON Lines in a folder) into {@code raw.tthc.dossier}. */
public final class DossierFileSourceConnector extends FolderSourceConnector {

    @Override
    protected FolderSourceConfig parse(Map<String, String> props) {
        return new DossierFileSourceConfig(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return DossierFileSourceTask.class;
    }

    @Override
    public ConfigDef config() {
        return DossierFileSourceConfig.CONFIG_DEF;
    }
}
