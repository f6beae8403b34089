package vn.thanhhoa.cds.connectors.task;

import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import vn.thanhhoa.cds.connectors.folder.FolderSourceConfig;
import vn.thanhhoa.cds.connectors.folder.FolderSourceConnector;

/** Reads the task-tracking exports of the document-management system (JSON Lines) into {@code raw.task}: 2026 item 15. */
public final class TaskFileSourceConnector extends FolderSourceConnector {

    @Override
    protected FolderSourceConfig parse(Map<String, String> props) {
        return new TaskFileSourceConfig(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return TaskFileSourceTask.class;
    }

    @Override
    public ConfigDef config() {
        return TaskFileSourceConfig.CONFIG_DEF;
    }
}
