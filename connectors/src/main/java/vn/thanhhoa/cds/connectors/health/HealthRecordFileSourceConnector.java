package vn.thanhhoa.cds.connectors.health;

import vn.thanhhoa.cds.connectors.folder.FolderSourceConnector;

/** Reads the health gateway's e-health record exports (JSON Lines) into {@code raw.health.record}. */
public final class HealthRecordFileSourceConnector extends FolderSourceConnector {

    public HealthRecordFileSourceConnector() {
        super(HealthRecordFileSourceConfig.CONFIG_DEF, HealthRecordFileSourceConfig::new, HealthRecordFileSourceTask.class);
    }
}
