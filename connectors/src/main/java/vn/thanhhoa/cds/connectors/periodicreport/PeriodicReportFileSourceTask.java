package vn.thanhhoa.cds.connectors.periodicreport;

import java.util.Map;
import vn.thanhhoa.cds.connectors.agency.AgencyCommuneMapping;
import vn.thanhhoa.cds.connectors.folder.LineFileSourceTask;
import vn.thanhhoa.cds.schemas.raw.PeriodicReportFiled;

/** Reads the export files line by line (see {@link PeriodicReportMapping}). */
public final class PeriodicReportFileSourceTask extends LineFileSourceTask<PeriodicReportFiled> {

    @Override
    protected Setup<PeriodicReportFiled> setUp(Map<String, String> props) {
        PeriodicReportFileSourceConfig config = new PeriodicReportFileSourceConfig(props);
        AgencyCommuneMapping agencies = AgencyCommuneMapping.read(config.agencyMappingFile(), PeriodicReportFileSourceConfig.AGENCY_MAPPING_CONFIG);
        return new Setup<>(config, new PeriodicReportMapping(agencies), "periodic-report", "periodic-report-file");
    }
}
