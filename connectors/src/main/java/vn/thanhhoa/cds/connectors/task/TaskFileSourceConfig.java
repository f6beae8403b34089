package vn.thanhhoa.cds.connectors.task;

import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import vn.thanhhoa.cds.connectors.agency.AgencyMappedFolderConfig;
import vn.thanhhoa.cds.schemas.topic.PipelineTopics;

/** Settings of the task-tracking export connector: the folder settings and the office-to-commune mapping. */
public final class TaskFileSourceConfig extends AgencyMappedFolderConfig {

    public static final ConfigDef CONFIG_DEF = define(PipelineTopics.RAW_TASK.name(), "*.jsonl",
            "a task belongs to the commune of its office in charge on the day it was assigned.");

    public TaskFileSourceConfig(Map<?, ?> originals) {
        super(CONFIG_DEF, originals);
    }

    public static Map<String, String> connectorConfig(Map<String, String> settings) {
        return connectorConfig(TaskFileSourceConnector.class, settings);
    }
}
