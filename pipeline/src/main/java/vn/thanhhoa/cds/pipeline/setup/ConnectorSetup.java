package vn.thanhhoa.cds.pipeline.setup;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.thanhhoa.cds.pipeline.connect.ConnectRestClient;

/**
 * Deploys each declared connector through Kafka Connect's REST API, or updates it when its
 * configuration differs; a connector already configured so is not touched (a PUT of the same
 * configuration would restart it for nothing). Connectors the plan does not name are left alone:
 * someone else may run them.
 */
final class ConnectorSetup {

    static final String NAME = "connectors";

    private final ConnectRestClient connect;

    ConnectorSetup(ConnectRestClient connect) {
        this.connect = connect;
    }

    SetupStep run(List<ConnectorDeclaration> connectors) {
        List<String> changed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (ConnectorDeclaration connector : connectors) {
            try {
                Optional<Map<String, String>> deployed = connect.connectorConfig(connector.name());
                if (deployed.isPresent() && deployed.get().equals(connector.config())) {
                    unchanged.add(connector.name());
                } else {
                    connect.putConnectorConfig(connector.name(), connector.config());
                    changed.add(connector.name() + (deployed.isPresent() ? " (updated)" : " (created)"));
                }
            } catch (IOException e) {
                problems.add("connector " + connector.name() + ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while deploying connector " + connector.name(), e);
            }
        }
        return new SetupStep(NAME, changed, unchanged, problems);
    }
}
