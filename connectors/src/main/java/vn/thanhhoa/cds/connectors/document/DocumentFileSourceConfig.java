package vn.thanhhoa.cds.connectors.document;

import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import vn.thanhhoa.cds.connectors.agency.AgencyMappedFolderConfig;
import vn.thanhhoa.cds.schemas.topic.PipelineTopics;

/** Settings of the document-management export connector: the folder settings and the office-to-commune mapping. */
public final class DocumentFileSourceConfig extends AgencyMappedFolderConfig {

    public static final ConfigDef CONFIG_DEF = define(PipelineTopics.RAW_DOCUMENT.name(), "*.jsonl",
            "a document belongs to the commune whose register holds it.");

    public DocumentFileSourceConfig(Map<?, ?> originals) {
        super(CONFIG_DEF, originals);
    }

    public static Map<String, String> connectorConfig(Map<String, String> settings) {
        return connectorConfig(DocumentFileSourceConnector.class, settings);
    }
}
