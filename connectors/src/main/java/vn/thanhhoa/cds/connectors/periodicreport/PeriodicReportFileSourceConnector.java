package vn.thanhhoa.cds.connectors.periodicreport;

import vn.thanhhoa.cds.connectors.folder.FolderSourceConnector;

/** Reads the province reporting system's exports of periodic reports (JSON Lines) into {@code raw.periodic.report}: 2026 item 14. */
public final class PeriodicReportFileSourceConnector extends FolderSourceConnector {

    public PeriodicReportFileSourceConnector() {
        super(PeriodicReportFileSourceConfig.CONFIG_DEF, PeriodicReportFileSourceConfig::new, PeriodicReportFileSourceTask.class);
    }
}
