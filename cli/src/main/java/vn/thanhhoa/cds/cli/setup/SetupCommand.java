package vn.thanhhoa.cds.cli.setup;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import vn.thanhhoa.cds.adminunits.ReferenceData;
import vn.thanhhoa.cds.catalog.load.CatalogLoader;
import vn.thanhhoa.cds.cli.Settings;
import vn.thanhhoa.cds.pipeline.reference.ReferencePublication;
import vn.thanhhoa.cds.pipeline.setup.ConnectorDeclarations;
import vn.thanhhoa.cds.pipeline.setup.PipelineSetup;
import vn.thanhhoa.cds.pipeline.setup.SetupConfig;
import vn.thanhhoa.cds.pipeline.setup.SetupPlan;
import vn.thanhhoa.cds.pipeline.setup.SetupReport;
import vn.thanhhoa.cds.pipeline.setup.SetupStep;
import vn.thanhhoa.cds.pipeline.setup.SetupTargets;
import vn.thanhhoa.cds.schemas.topic.PipelineTopics;
import vn.thanhhoa.cds.schemas.topic.TopicSchemas;
import vn.thanhhoa.cds.store.ClickHouse;
import vn.thanhhoa.cds.store.jdbc.JdbcClickHouse;

/**
 * {@code ./cds setup}: the demo's setup against real servers (docker-compose's one-shot
 * {@code setup} service). Prints what each step created, left alone or could not mend; exit 0 when
 * nothing needs an operator, 1 otherwise. Running it twice changes nothing.
 */
public final class SetupCommand {

    public int run(List<String> args, PrintStream out) {
        return run(new SetupConfig(Settings.of(args, SetupConfig.CONFIG_DEF, "setup", System.getenv())), out);
    }

    public int run(SetupConfig config, PrintStream out) {
        try (JdbcClickHouse clickHouse = JdbcClickHouse.connect(config.clickHouseUrl(), config.clickHouseUser(), config.clickHousePassword())) {
            return run(config, clickHouse, out);
        }
    }

    /** The same against a ClickHouse already opened (the embedded engine, in tests); the configuration's JDBC settings are not used. */
    public int run(SetupConfig config, ClickHouse clickHouse, PrintStream out) {
        SetupPlan plan = new SetupPlan(PipelineTopics.ALL, TopicSchemas.all(), config.database(),
                config.publishReference() ? Optional.of(new ReferencePublication(ReferenceData.load(), CatalogLoader.builtIn())) : Optional.empty(),
                config.connectorsFolder().map(ConnectorDeclarations::readFolder).orElse(List.of()), config.connectorFilesFolder());
        SetupReport report = new PipelineSetup(new SetupTargets(config.bootstrapServers(), config.registryUrl(), config.connectUrl(), clickHouse)).apply(plan);
        print(report, out);
        return report.problems().isEmpty() ? 0 : 1;
    }

    static void print(SetupReport report, PrintStream out) {
        for (SetupStep step : report.steps()) {
            out.println(step.summary());
            step.changed().forEach(item -> out.println("  + " + item));
            step.problems().forEach(problem -> out.println("  ! " + problem));
        }
        out.println(report.changedNothing() ? "Nothing to change: the deployment already holds the setup." : "Setup applied.");
    }
}
