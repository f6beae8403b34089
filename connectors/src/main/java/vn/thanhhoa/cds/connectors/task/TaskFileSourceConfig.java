package vn.thanhhoa.cds.connectors.task;

import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import vn.thanhhoa.cds.connectors.folder.FolderSourceConfig;
import vn.thanhhoa.cds.schemas.topic.PipelineTopics;

/** Settings of the task-tracking export connector: the folder settings and the office-to-commune mapping. */
public final class TaskFileSourceConfig extends FolderSourceConfig {

    public static final String AGENCY_MAPPING_CONFIG = "agency.mapping.file";
    private static final String AGENCY_MAPPING_DOC = "CSV mapping office (agency) codes to commune-level units with validity dates "
            + "(agency_code,commune_code,valid_from,valid_to): a task belongs to the commune of its office in charge on the day it was assigned.";

    public static final ConfigDef CONFIG_DEF = base(PipelineTopics.RAW_TASK.name(), "*.jsonl")
            .define(AGENCY_MAPPING_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(), Importance.HIGH, AGENCY_MAPPING_DOC,
                    "Reference data", 1, ConfigDef.Width.LONG, "Agency mapping");

    public TaskFileSourceConfig(Map<?, ?> originals) {
        super(CONFIG_DEF, originals);
    }

    public static Map<String, String> connectorConfig(Map<String, String> settings) {
        return connectorConfig(TaskFileSourceConnector.class, settings);
    }

    public Path agencyMappingFile() {
        return Path.of(getString(AGENCY_MAPPING_CONFIG));
    }
}
