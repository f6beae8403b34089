package vn.thanhhoa.cds.connectors.periodicreport;

import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import vn.thanhhoa.cds.connectors.folder.FolderSourceConfig;
import vn.thanhhoa.cds.connectors.folder.FolderSourceConnector;

/** Reads the province reporting system's exports of periodic reports (JSON Lines) into {@code raw.periodic.report}: 2026 item 14. */
public final class PeriodicReportFileSourceConnector extends FolderSourceConnector {

    @Override
    protected FolderSourceConfig parse(Map<String, String> props) {
        return new PeriodicReportFileSourceConfig(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return PeriodicReportFileSourceTask.class;
    }

    @Override
    public ConfigDef config() {
        return PeriodicReportFileSourceConfig.CONFIG_DEF;
    }
}
