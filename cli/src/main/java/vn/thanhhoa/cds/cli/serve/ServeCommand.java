package vn.thanhhoa.cds.cli.serve;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import vn.thanhhoa.cds.cli.Settings;
import vn.thanhhoa.cds.cli.UntilStopped;
import vn.thanhhoa.cds.cli.status.ConnectStatus;
import vn.thanhhoa.cds.cli.status.KafkaClickHouseStatus;
import vn.thanhhoa.cds.cli.upload.ConnectorDeclarationCheck;
import vn.thanhhoa.cds.cli.upload.ConnectorReportCheck;
import java.util.Optional;
import vn.thanhhoa.cds.catalog.declaration.DeclarableIndicators;
import vn.thanhhoa.cds.dashboards.declaration.DeclarationDesk;
import vn.thanhhoa.cds.dashboards.declaration.DeclarationForm;
import vn.thanhhoa.cds.dashboards.declaration.DeclarationInbox;
import vn.thanhhoa.cds.dashboards.declaration.EvidenceStore;
import vn.thanhhoa.cds.connectors.report.ReportLimits;
import vn.thanhhoa.cds.pipeline.connect.ConnectRestClient;
import vn.thanhhoa.cds.pipeline.connect.FailedTaskRestarter;
import vn.thanhhoa.cds.pipeline.connect.RestartPolicy;
import vn.thanhhoa.cds.dashboards.DashboardServer;
import vn.thanhhoa.cds.dashboards.DashboardSettings;
import vn.thanhhoa.cds.dashboards.IndicatorData;
import vn.thanhhoa.cds.dashboards.access.UserDirectory;
import vn.thanhhoa.cds.dashboards.indicators.IndicatorDirectory;
import vn.thanhhoa.cds.dashboards.units.Communes;
import vn.thanhhoa.cds.adminunits.ReferenceData;
import vn.thanhhoa.cds.catalog.load.CatalogLoader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Collectors;
import vn.thanhhoa.cds.dashboards.upload.ReportInbox;
import vn.thanhhoa.cds.dashboards.status.PipelineStatus;
import vn.thanhhoa.cds.store.jdbc.JdbcClickHouse;

/**
 * {@code ./cds serve}: the dashboard against real Kafka and a ClickHouse server (docker-compose,
 * production). Options {@code --set key=value}; every key also reads from {@code CDS_*} variables.
 */
public final class ServeCommand {

    public int run(List<String> args, PrintStream out) {
        ServeConfig config = new ServeConfig(Settings.of(args, ServeConfig.CONFIG_DEF, "serve", System.getenv()));
        JdbcClickHouse clickHouse = JdbcClickHouse.connect(config.clickHouseUrl(), config.clickHouseUser(), config.clickHousePassword());
        clickHouse.execute("CREATE DATABASE IF NOT EXISTS " + config.database());
        Admin admin = Admin.create(Map.of("bootstrap.servers", config.bootstrapServers()));
        List<PipelineStatus.Component> components = List.of(
                new PipelineStatus.Component("Kafka", config.bootstrapServers(), true),
                new PipelineStatus.Component("ClickHouse", clickHouse.describe(), true));
        ReportInbox reports = config.reportFolders()
                .map(folders -> new ReportInbox(folders, config.reportMaxBytes(), new ConnectorReportCheck(ReportLimits.DEFAULT))).orElse(null);
        Optional<ServeConfig.Declarations> declarations = config.declarations();
        FailedTaskRestarter restarter = config.connectUrl()
                .map(url -> FailedTaskRestarter.start(new ConnectRestClient(url), RestartPolicy.DEFAULT)).orElse(null);
        Communes communes = Communes.of(ReferenceData.load(), LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
        UserDirectory users = UserDirectory.read(config.usersFile(), communes,
                vn.thanhhoa.cds.connectors.report.ReportBodies.all().stream().map(Enum::name).collect(Collectors.toSet()));
        DashboardServer dashboard = DashboardServer.start(DashboardSettings.of(config.host(), config.port(),
                new KafkaClickHouseStatus(admin, clickHouse, config.database(), () -> components,
                        () -> restarter == null ? PipelineStatus.Connectors.NONE : ConnectStatus.of(restarter.lastObservation())), reports,
                new IndicatorData(clickHouse, config.database(), communes, new IndicatorDirectory(CatalogLoader.builtIn())), users)
                .withDeclarations(declarations.map(ServeCommand::declarationDesk).orElse(null)));
        out.println("Dashboard: http://" + config.host() + ":" + dashboard.port() + "/");
        return UntilStopped.await(() -> {
            dashboard.close();
            if (restarter != null) {
                restarter.close();
            }
            admin.close();
            clickHouse.close();
        }, out);
    }

    /** Declarations into the connector's folder, checked by its own mapping; evidence kept in the configured folder. */
    private static DeclarationDesk declarationDesk(ServeConfig.Declarations settings) {
        var catalog = CatalogLoader.builtIn();
        return new DeclarationDesk(new DeclarationForm(new DeclarableIndicators(catalog)), new EvidenceStore(settings.evidence(), settings.evidenceMaxBytes()),
                new DeclarationInbox(settings.inbox(), new ConnectorDeclarationCheck(settings.communeCodes(), ServeConfig.DECLARATION_COMMUNES_CONFIG, catalog)),
                java.time.Clock.systemUTC());
    }
}
