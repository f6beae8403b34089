package vn.thanhhoa.cds.connectors.task;

import java.util.Map;
import vn.thanhhoa.cds.connectors.agency.AgencyCommuneMapping;
import vn.thanhhoa.cds.connectors.folder.LineFileSourceTask;
import vn.thanhhoa.cds.schemas.raw.TaskTracked;

/** Reads the export files line by line (see {@link TaskRecordMapping}). */
public final class TaskFileSourceTask extends LineFileSourceTask<TaskTracked> {

    @Override
    protected Setup<TaskTracked> setUp(Map<String, String> props) {
        TaskFileSourceConfig config = new TaskFileSourceConfig(props);
        AgencyCommuneMapping agencies = AgencyCommuneMapping.read(config.agencyMappingFile(), TaskFileSourceConfig.AGENCY_MAPPING_CONFIG);
        return new Setup<>(config, new TaskRecordMapping(agencies), "task", "task-file");
    }
}
