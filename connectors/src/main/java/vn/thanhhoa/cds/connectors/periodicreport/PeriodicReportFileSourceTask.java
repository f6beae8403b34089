package vn.thanhhoa.cds.connectors.periodicreport;

import java.util.Map;
import vn.thanhhoa.cds.connectors.folder.LineFileSourceTask;
import vn.thanhhoa.cds.schemas.raw.PeriodicReportFiled;

/** Reads the export files line by line (see {@link PeriodicReportMapping}). */
public final class PeriodicReportFileSourceTask extends LineFileSourceTask<PeriodicReportFiled> {

    @Override
    protected Setup<PeriodicReportFiled> setUp(Map<String, String> props) {
        PeriodicReportFileSourceConfig config = new PeriodicReportFileSourceConfig(props);
        return new Setup<>(config, new PeriodicReportMapping(config.agencyMapping()), "periodic-report", "periodic-report-file");
    }
}
