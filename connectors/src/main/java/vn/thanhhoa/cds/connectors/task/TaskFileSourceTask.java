package vn.thanhhoa.cds.connectors.task;

import java.util.Map;
import vn.thanhhoa.cds.connectors.folder.LineFileSourceTask;
import vn.thanhhoa.cds.schemas.raw.TaskTracked;

/** Reads the export files line by line (see {@link TaskRecordMapping}). */
public final class TaskFileSourceTask extends LineFileSourceTask<TaskTracked> {

    @Override
    protected Setup<TaskTracked> setUp(Map<String, String> props) {
        TaskFileSourceConfig config = new TaskFileSourceConfig(props);
        return new Setup<>(config, new TaskRecordMapping(config.agencyMapping()), "task", "task-file");
    }
}
