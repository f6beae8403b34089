package vn.thanhhoa.cds.connectors.periodicreport;

import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import vn.thanhhoa.cds.connectors.agency.AgencyMappedFolderConfig;
import vn.thanhhoa.cds.schemas.topic.PipelineTopics;

/** Settings of the periodic-report export connector: the folder settings and the office-to-commune mapping. */
public final class PeriodicReportFileSourceConfig extends AgencyMappedFolderConfig {

    public static final ConfigDef CONFIG_DEF = define(PipelineTopics.RAW_PERIODIC_REPORT.name(), "*.jsonl",
            "a report belongs to the commune of its reporting office on its due date.");

    public PeriodicReportFileSourceConfig(Map<?, ?> originals) {
        super(CONFIG_DEF, originals);
    }

    public static Map<String, String> connectorConfig(Map<String, String> settings) {
        return connectorConfig(PeriodicReportFileSourceConnector.class, settings);
    }
}
