package vn.thanhhoa.cds.pipeline.setup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thanhhoa.cds.pipeline.connect.ConnectRestClient;
import vn.thanhhoa.cds.schemas.registry.SchemaRegistration;

/**
 * Sets a deployment up, the same way for the demo and for production, and idempotently: topics,
 * then schemas, then the ClickHouse migrations, then the reference data, then the connectors (last,
 * because the sink writes into the tables and the sources into the topics made before). A second run
 * changes nothing and says so.
 */
public final class PipelineSetup {

    private static final Logger LOG = LoggerFactory.getLogger(PipelineSetup.class);

    private final SetupTargets targets;

    public PipelineSetup(SetupTargets targets) {
        this.targets = targets;
    }

    public SetupReport apply(SetupPlan plan) {
        List<SetupStep> steps = new ArrayList<>();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", targets.bootstrapServers(), "request.timeout.ms", 30_000,
                "default.api.timeout.ms", 60_000))) {
            steps.add(log(new TopicSetup(admin).run(plan.topics())));
        }
        steps.add(log(new SchemaSetup(new SchemaRegistration(targets.registryUrl())).run(plan.schemas())));
        steps.add(log(new StoreSetup(targets.clickHouse()).run(plan.database())));
        plan.reference().ifPresent(reference -> steps.add(log(new ReferenceSetup(targets.bootstrapServers(), targets.registryUrl()).run(reference))));
        plan.connectorFilesFolder().ifPresent(folder -> steps.add(log(new ConnectorFileSetup().run(plan.reference().orElseThrow().data(), folder))));
        steps.add(log(new ConnectorSetup(new ConnectRestClient(targets.connectRestUrl())).run(plan.connectors())));
        return new SetupReport(steps);
    }

    private static SetupStep log(SetupStep step) {
        LOG.info("Setup {}", step.summary());
        step.problems().forEach(problem -> LOG.warn("Setup {}: {}", step.name(), problem));
        return step;
    }
}
