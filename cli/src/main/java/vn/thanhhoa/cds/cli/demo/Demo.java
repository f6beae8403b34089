package vn.thanhhoa.cds.cli.demo;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thanhhoa.cds.adminunits.ReferenceData;
import vn.thanhhoa.cds.catalog.load.CatalogLoader;
import vn.thanhhoa.cds.pipeline.reference.ReferencePublication;
import vn.thanhhoa.cds.pipeline.setup.ConnectorDeclaration;
import vn.thanhhoa.cds.pipeline.setup.PipelineSetup;
import vn.thanhhoa.cds.pipeline.setup.SetupPlan;
import vn.thanhhoa.cds.pipeline.setup.SetupReport;
import vn.thanhhoa.cds.pipeline.setup.SetupTargets;
import vn.thanhhoa.cds.reports.service.ReportsConfig;
import vn.thanhhoa.cds.cli.report.ReportOnDemand;
import vn.thanhhoa.cds.reports.service.ReportsService;
import vn.thanhhoa.cds.cli.status.ConnectStatus;
import vn.thanhhoa.cds.cli.status.KafkaClickHouseStatus;
import vn.thanhhoa.cds.cli.upload.ConnectorDeclarationCheck;
import vn.thanhhoa.cds.cli.upload.ConnectorReportCheck;
import vn.thanhhoa.cds.catalog.declaration.DeclarableIndicators;
import vn.thanhhoa.cds.dashboards.declaration.DeclarationDesk;
import vn.thanhhoa.cds.dashboards.declaration.DeclarationForm;
import vn.thanhhoa.cds.dashboards.declaration.DeclarationInbox;
import vn.thanhhoa.cds.dashboards.declaration.EvidenceStore;
import vn.thanhhoa.cds.connectors.report.ReportLimits;
import vn.thanhhoa.cds.pipeline.connect.ConnectRestClient;
import vn.thanhhoa.cds.pipeline.connect.FailedTaskRestarter;
import vn.thanhhoa.cds.pipeline.connect.RestartPolicy;
import vn.thanhhoa.cds.streams.app.EngineConfig;
import vn.thanhhoa.cds.streams.app.IndicatorEngine;
import vn.thanhhoa.cds.dashboards.DashboardServer;
import vn.thanhhoa.cds.dashboards.DashboardSettings;
import vn.thanhhoa.cds.dashboards.IndicatorData;
import vn.thanhhoa.cds.dashboards.access.DemoUsers;
import vn.thanhhoa.cds.dashboards.indicators.IndicatorDirectory;
import vn.thanhhoa.cds.dashboards.units.Communes;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneId;
import vn.thanhhoa.cds.dashboards.upload.ReportInbox;
import vn.thanhhoa.cds.dashboards.status.PipelineStatus;
import vn.thanhhoa.cds.runtime.EmbeddedStack;
import vn.thanhhoa.cds.runtime.StackConfig;
import vn.thanhhoa.cds.runtime.network.Ports;
import vn.thanhhoa.cds.schemas.topic.PipelineTopics;
import vn.thanhhoa.cds.schemas.topic.TopicSchemas;

/**
 * The running demo: the embedded stack with the pipeline's topics and ClickHouse database, and the
 * dashboard reading them. Its state lives in {@link DemoOptions#dataDirectory()}, so a second run
 * resumes where the first stopped.
 */
public final class Demo implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Demo.class);
    public static final String DATABASE = "cds";
    /** Largest monthly report an officer can upload through the demo dashboard. */
    static final long REPORT_MAX_BYTES = 20L * 1024 * 1024;
    /** Largest evidence document a declaration through the demo dashboard may carry. */
    static final long EVIDENCE_MAX_BYTES = 10L * 1024 * 1024;

    private final EmbeddedStack stack;
    private final Admin admin;
    private final FailedTaskRestarter restarter;
    private final IndicatorEngine engine;
    private final DemoStore store;
    private final DashboardServer dashboard;
    private final DemoUsers users;
    private final ReportsService reports;

    private Demo(EmbeddedStack stack, Admin admin, FailedTaskRestarter restarter, IndicatorEngine engine, DemoStore store, DashboardServer dashboard,
                 DemoUsers users, ReportsService reports) {
        this.users = users;
        this.reports = reports;
        this.stack = stack;
        this.admin = admin;
        this.restarter = restarter;
        this.engine = engine;
        this.store = store;
        this.dashboard = dashboard;
    }

    public static Demo start(DemoOptions options) {
        // Claimed first: a busy dashboard port should fail before a minute of start-up, not after.
        int dashboardPort = Ports.claim(options.dashboardPort(), "--port");
        EmbeddedStack stack = EmbeddedStack.start(StackConfig.in(options.dataDirectory()));
        Admin admin = null;
        FailedTaskRestarter restarter = null;
        IndicatorEngine engine = null;
        DemoStore store = null;
        try {
            admin = Admin.create(Map.of("bootstrap.servers", stack.bootstrapServers()));
            store = DemoStore.open(stack);
            ReferenceData reference = ReferenceData.load();
            DemoSources sources = new DemoSources(options.dataDirectory(), reference, options.scale());
            String registry = stack.registry().url();
            List<ConnectorDeclaration> connectors = new ArrayList<>(sources.connectors(registry));
            connectors.add(store.sink(DATABASE, registry));
            SetupReport setup = new PipelineSetup(targets(stack)).apply(new SetupPlan(PipelineTopics.ALL, TopicSchemas.all(), DATABASE,
                    Optional.of(new ReferencePublication(reference, CatalogLoader.builtIn())), connectors));
            if (!setup.problems().isEmpty()) {
                throw new IllegalStateException("The demo's pipeline could not be set up: " + String.join("; ", setup.problems()));
            }
            engine = IndicatorEngine.start(new EngineConfig(Map.of(
                    EngineConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                    EngineConfig.REGISTRY_URL_CONFIG, stack.registry().url(),
                    EngineConfig.STATE_DIR_CONFIG, options.dataDirectory().resolve("streams").toString())), CatalogLoader.builtIn(), reference.units(), Clock.systemUTC());
            FailedTaskRestarter watcher = FailedTaskRestarter.start(
                    new ConnectRestClient("http://" + Ports.LOOPBACK + ":" + stack.connect().restPort()), RestartPolicy.DEFAULT);
            restarter = watcher;
            // Dashboard: one user of each role, new passwords at each start (printed by DemoCommand). Its
            // "Lập báo cáo" uses the reports service started just after it.
            java.util.concurrent.atomic.AtomicReference<ReportsService> startedReports = new java.util.concurrent.atomic.AtomicReference<>();
            Communes communes = Communes.of(reference, LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
            DemoUsers users = DemoUsers.create(options.dataDirectory().resolve("dashboard-users.json"), communes, "POWER", new SecureRandom());
            DashboardServer dashboard = DashboardServer.start(DashboardSettings.of(Ports.LOOPBACK, dashboardPort,
                    new KafkaClickHouseStatus(admin, stack.clickHouse(), DATABASE, () -> components(stack), () -> ConnectStatus.of(watcher.lastObservation())),
                    new ReportInbox(sources.reportInboxes(), REPORT_MAX_BYTES, new ConnectorReportCheck(ReportLimits.DEFAULT)),
                    new IndicatorData(stack.clickHouse(), DATABASE, communes, new IndicatorDirectory(CatalogLoader.builtIn())), users.directory())
                    .withReportMaking(new ReportOnDemand(() -> startedReports.get() == null ? null : startedReports.get().monthlyRun()))
                    .withDeclarations(declarationDesk(sources, options)));
            // Monthly reports (archived on the first of each month) and alert notifications; the demo
            // configures no SMTP server and no recipients: every report is archived, nothing is sent.
            ReportsService reportsService = ReportsService.start(new ReportsConfig(Map.of(ReportsConfig.LINK_BASE_CONFIG, dashboard.url() + "api/bao-cao-thang")),
                    stack.clickHouse(), CatalogLoader.builtIn(), reference,
                    Optional.of(new ReportsService.KafkaEndpoints(stack.bootstrapServers(), stack.registry().url())), Clock.systemUTC());
            startedReports.set(reportsService);
            return new Demo(stack, admin, watcher, engine, store, dashboard, users, reportsService);
        } catch (RuntimeException e) {
            if (restarter != null) {
                restarter.close();
            }
            if (engine != null) {
                engine.close();
            }
            if (store != null) {
                store.close();
            }
            if (admin != null) {
                admin.close();
            }
            stack.close();
            throw e;
        }
    }

    /**
     * Declarations from the dashboard go into the declaration connector's own folder, checked by its
     * mapping first; their evidence is kept under the data folder ({@code minh-chung/}).
     */
    private static DeclarationDesk declarationDesk(DemoSources sources, DemoOptions options) {
        var catalog = CatalogLoader.builtIn();
        return new DeclarationDesk(new DeclarationForm(new DeclarableIndicators(catalog)),
                new EvidenceStore(options.dataDirectory().resolve("minh-chung"), EVIDENCE_MAX_BYTES),
                new DeclarationInbox(sources.declarationInbox(), new ConnectorDeclarationCheck(sources.communeCodes(), "commune.codes.file", catalog)),
                Clock.systemUTC());
    }

    /** The same setup {@code ./cds setup} runs against servers, here against the embedded stack. */
    static SetupTargets targets(EmbeddedStack stack) {
        return new SetupTargets(stack.bootstrapServers(), stack.registry().url(), "http://" + Ports.LOOPBACK + ":" + stack.connect().restPort(), stack.clickHouse());
    }

    private static List<PipelineStatus.Component> components(EmbeddedStack stack) {
        return List.of(
                new PipelineStatus.Component("Kafka (KRaft)", stack.bootstrapServers(), Ports.isListening(stack.broker().port())),
                new PipelineStatus.Component("Schema registry (Apicurio)", stack.registry().url(), Ports.isListening(stack.registry().port())),
                new PipelineStatus.Component("Kafka Connect", "http://" + Ports.LOOPBACK + ":" + stack.connect().restPort(), Ports.isListening(stack.connect().restPort())),
                new PipelineStatus.Component("ClickHouse", stack.clickHouse().describe(), true));
    }

    public String dashboardUrl() {
        return dashboard.url();
    }

    /** The demo's dashboard users, passwords in clear, to print or to sign in with. */
    public DemoUsers users() {
        return users;
    }

    public EmbeddedStack stack() {
        return stack;
    }

    @Override
    public void close() {
        reports.close();
        dashboard.close();
        restarter.close();
        engine.close();
        admin.close();
        stack.close();
        store.close();
    }
}
