package vn.thanhhoa.cds.connectors.task;

import vn.thanhhoa.cds.connectors.folder.FolderSourceConnector;

/** Reads the task-tracking exports of the document-management system (JSON Lines) into {@code raw.task}: 2026 item 15. */
public final class TaskFileSourceConnector extends FolderSourceConnector {

    public TaskFileSourceConnector() {
        super(TaskFileSourceConfig.CONFIG_DEF, TaskFileSourceConfig::new, TaskFileSourceTask.class);
    }
}
