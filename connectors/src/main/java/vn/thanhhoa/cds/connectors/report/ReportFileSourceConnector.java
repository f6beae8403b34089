package vn.thanhhoa.cds.connectors.report;

import vn.thanhhoa.cds.connectors.folder.FolderSourceConnector;

/** Reads the monthly reports of a bank, telecom or power company (CSV/XLSX dropped or uploaded into a folder) into {@code raw.reported.measure}. */
public final class ReportFileSourceConnector extends FolderSourceConnector {

    public ReportFileSourceConnector() {
        super(ReportFileSourceConfig.CONFIG_DEF, ReportFileSourceConfig::new, ReportFileSourceTask.class);
    }
}
