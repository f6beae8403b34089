package vn.thanhhoa.cds.connectors.report;

import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import vn.thanhhoa.cds.connectors.folder.FolderSourceConfig;
import vn.thanhhoa.cds.connectors.folder.FolderSourceConnector;

/** Reads bank or telecom monthly reports (CSV/XLSX dropped into a folder) into {@code raw.reported.measure}. */
public final class ReportFileSourceConnector extends FolderSourceConnector {

    @Override
    protected FolderSourceConfig parse(Map<String, String> props) {
        ReportFileSourceConfig config = new ReportFileSourceConfig(props);
        config.measuresByHeader();
        return config;
    }

    @Override
    public Class<? extends Task> taskClass() {
        return ReportFileSourceTask.class;
    }

    @Override
    public ConfigDef config() {
        return ReportFileSourceConfig.CONFIG_DEF;
    }
}
