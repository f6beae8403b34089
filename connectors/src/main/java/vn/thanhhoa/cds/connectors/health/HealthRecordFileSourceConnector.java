package vn.thanhhoa.cds.connectors.health;

import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import vn.thanhhoa.cds.connectors.folder.FolderSourceConfig;
import vn.thanhhoa.cds.connectors.folder.FolderSourceConnector;

/** Reads the health gateway's e-health record exports (JSON Lines) into {@code raw.health.record}. */
public final class HealthRecordFileSourceConnector extends FolderSourceConnector {

    @Override
    protected FolderSourceConfig parse(Map<String, String> props) {
        return new HealthRecordFileSourceConfig(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return HealthRecordFileSourceTask.class;
    }

    @Override
    public ConfigDef config() {
        return HealthRecordFileSourceConfig.CONFIG_DEF;
    }
}
