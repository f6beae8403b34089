package vn.thanhhoa.cds.cli.status;

import vn.thanhhoa.cds.dashboards.status.PipelineStatus;
import vn.thanhhoa.cds.pipeline.connect.FailedTaskRestarter;

/** The restarter's last look at the Connect worker, in the status page's terms. */
public final class ConnectStatus {

    private ConnectStatus() {
    }

    public static PipelineStatus.Connectors of(FailedTaskRestarter.Observation observation) {
        return new PipelineStatus.Connectors(observation.connectors().stream()
                .map(connector -> new PipelineStatus.Connector(connector.name(), connector.state(), connector.reason(), connector.tasks().stream()
                        .map(task -> new PipelineStatus.Task(task.id(), task.state(), task.reason())).toList()))
                .toList(), observation.unreachable(), observation.restarts());
    }
}
