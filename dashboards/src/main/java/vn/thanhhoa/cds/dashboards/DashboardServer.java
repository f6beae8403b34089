package vn.thanhhoa.cds.dashboards;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thanhhoa.cds.dashboards.access.LoginThrottle;
import vn.thanhhoa.cds.dashboards.access.PasswordHashes;
import vn.thanhhoa.cds.dashboards.access.Role;
import vn.thanhhoa.cds.dashboards.access.SessionStore;
import vn.thanhhoa.cds.dashboards.alerts.AlertActionsApi;
import vn.thanhhoa.cds.dashboards.archive.ArchiveRoutes;
import vn.thanhhoa.cds.dashboards.archive.ArchiveView;
import vn.thanhhoa.cds.dashboards.declaration.DeclarationApi;
import vn.thanhhoa.cds.dashboards.declaration.EvidenceStore;
import vn.thanhhoa.cds.dashboards.declaration.ReceivedDeclarations;
import vn.thanhhoa.cds.dashboards.live.LiveUpdates;
import vn.thanhhoa.cds.dashboards.query.Acknowledgements;
import vn.thanhhoa.cds.dashboards.query.AlertMutes;
import vn.thanhhoa.cds.dashboards.query.AlertQuery;
import vn.thanhhoa.cds.dashboards.query.ArchiveQuery;
import vn.thanhhoa.cds.dashboards.query.ChangeQuery;
import vn.thanhhoa.cds.dashboards.query.CommuneQuery;
import vn.thanhhoa.cds.dashboards.query.EvidenceQuery;
import vn.thanhhoa.cds.dashboards.query.DeliveryQuery;
import vn.thanhhoa.cds.dashboards.query.FreshnessQuery;
import vn.thanhhoa.cds.dashboards.query.IndicatorQuery;
import vn.thanhhoa.cds.dashboards.query.OverviewQuery;
import vn.thanhhoa.cds.dashboards.query.ReportedQuery;
import vn.thanhhoa.cds.dashboards.upload.ReportUploadApi;
import vn.thanhhoa.cds.dashboards.web.AccessGuard;
import vn.thanhhoa.cds.dashboards.web.AlertView;
import vn.thanhhoa.cds.dashboards.web.ChartLibrary;
import vn.thanhhoa.cds.dashboards.web.CommuneView;
import vn.thanhhoa.cds.dashboards.web.IndicatorRoutes;
import vn.thanhhoa.cds.dashboards.web.IndicatorView;
import vn.thanhhoa.cds.dashboards.web.OverviewView;
import vn.thanhhoa.cds.dashboards.web.PageFiles;
import vn.thanhhoa.cds.dashboards.web.Params;
import vn.thanhhoa.cds.dashboards.web.Refused;
import vn.thanhhoa.cds.dashboards.web.ReportedView;
import vn.thanhhoa.cds.dashboards.web.SignInApi;
import vn.thanhhoa.cds.dashboards.web.Viewer;

/**
 * The web application: Vietnamese pages and a JSON API under {@code /api}, behind sign-in. Every
 * request passes the {@link AccessGuard}; pages, APIs and exports each check the viewer's role and
 * scope on the server. Handlers stay thin; what they show comes from the query classes.
 */
public final class DashboardServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DashboardServer.class);

    private final Javalin app;
    private final LiveUpdates live;

    private DashboardServer(Javalin app, LiveUpdates live) {
        this.app = app;
        this.live = live;
    }

    public static DashboardServer start(DashboardSettings settings) {
        SecureRandom random = new SecureRandom();
        IndicatorData data = settings.data();
        SessionStore sessions = new SessionStore(random, settings.clock(), settings.sessionIdle(), Duration.ofHours(12));
        AccessGuard guard = new AccessGuard(sessions, data.communes());
        PageFiles pages = new PageFiles();
        ChartLibrary charts = ChartLibrary.fromClasspath();
        SignInApi signIn = new SignInApi(settings.users(), sessions, new LoginThrottle(settings.clock(), 5, Duration.ofMinutes(15)), pages,
                new PasswordHashes(random));
        Params params = new Params(data.indicators(), settings.clock());
        LiveUpdates live = new LiveUpdates(new ChangeQuery(data.clickHouse(), data.database())::mark, settings.liveInterval());
        ArchiveQuery archiveQuery = new ArchiveQuery(data.clickHouse(), data.database());
        DeliveryQuery deliveries = new DeliveryQuery(data.clickHouse(), data.database());
        ArchiveView archiveView = new ArchiveView(archiveQuery, deliveries, data.communes());
        IndicatorRoutes indicators = new IndicatorRoutes(
                new OverviewView(new OverviewQuery(data.clickHouse(), data.database()), data.communes(), data.indicators(), params),
                new CommuneView(new CommuneQuery(data.clickHouse(), data.database()), new EvidenceQuery(data.clickHouse(), data.database()),
                        (commune, reference) -> EvidenceStore.communeOf(reference).filter(commune::equals).map(c -> DeclarationApi.link(reference)),
                        data.communes(), data.indicators(), params),
                new IndicatorView(new IndicatorQuery(data.clickHouse(), data.database()), data.communes(), data.indicators(), params),
                new AlertView(new AlertQuery(data.clickHouse(), data.database()), new FreshnessQuery(data.clickHouse(), data.database()), data.communes(),
                        data.indicators(), settings.clock(), new Acknowledgements(data.clickHouse(), data.database())),
                new ReportedView(new ReportedQuery(data.clickHouse(), data.database())),
                archiveView, live, pages);
        ArchiveRoutes archive = new ArchiveRoutes(archiveView, archiveQuery, deliveries, data.communes(), pages,
                Optional.ofNullable(settings.reportMaking()), settings.clock());
        AlertActionsApi alertActions = new AlertActionsApi(new AlertQuery(data.clickHouse(), data.database()),
                new Acknowledgements(data.clickHouse(), data.database()), new AlertMutes(data.clickHouse(), data.database()), data.communes(),
                data.indicators(), settings.clock());
        ReportUploadApi uploads = new ReportUploadApi(settings.reports(), ctx -> {
            Viewer viewer = AccessGuard.viewer(ctx);
            viewer.requireUploads();
            return viewer.role() == Role.REPORTING_BODY ? viewer.user().body() : Optional.empty();
        });
        DeclarationApi declarations = new DeclarationApi(settings.declarations(), new ReceivedDeclarations(data.clickHouse(), data.database()),
                data.communes(), data.indicators(), pages);
        Javalin app;
        try {
            app = Javalin.create(config -> {
                config.startup.showJavalinBanner = false;
                config.startup.showOldJavalinVersionWarning = false;
                config.jsonMapper(new JavalinJackson(JsonMapper.builder()
                        .addModule(new JavaTimeModule())
                        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                        .build(), false));
                config.staticFiles.add(files -> {
                    files.hostedPath = "/";
                    files.directory = "/web";
                    files.location = Location.CLASSPATH;
                });
                config.routes.before(guard::before);
                config.routes.exception(Refused.class, DashboardServer::refused);
                config.routes.get("/thu-vien/chart.umd.js", charts::serve);
                config.routes.get("/", ctx -> {
                    Viewer viewer = AccessGuard.viewer(ctx);
                    if (viewer.role() == Role.PROVINCE_ANALYST) {
                        pages.serve(ctx, "index.html");
                    } else {
                        ctx.redirect(home(viewer));
                    }
                });
                config.routes.get("/api/status", ctx -> {
                    AccessGuard.viewer(ctx).requireAnalyst();
                    ctx.json(settings.status().current());
                });
                config.routes.get("/nop-bao-cao", ctx -> {
                    AccessGuard.viewer(ctx).requireUploads();
                    pages.serve(ctx, "nop-bao-cao.html");
                });
                config.routes.get("/nop-bao-cao.html", ctx -> ctx.redirect("/nop-bao-cao"));
                signIn.configure(config);
                indicators.configure(config);
                uploads.configure(config);
                archive.configure(config);
                alertActions.configure(config);
                declarations.configure(config, settings.reports() == null ? 0 : settings.reports().maxBytes());
            });
            app.start(settings.host(), settings.port());
        } catch (RuntimeException e) {
            live.close();
            throw e;
        }
        DashboardServer server = new DashboardServer(app, live);
        LOG.info("Dashboard serving at {} ({} users)", server.url(), settings.users().size());
        return server;
    }

    private static String home(Viewer viewer) {
        return switch (viewer.role()) {
            case PROVINCE_ANALYST, UNIT_REVIEWER -> "/tong-quan";
            case COMMUNE_OFFICER -> "/xa/" + viewer.user().unit().orElseThrow();
            case REPORTING_BODY -> "/nop-bao-cao";
        };
    }

    /** APIs answer JSON {@code {"loi": …}}; pages send a person to sign in, or show the refusal in Vietnamese. */
    private static void refused(Refused refused, Context ctx) {
        if (ctx.path().startsWith("/api/")) {
            ctx.status(refused.status()).json(Map.of("loi", refused.getMessage()));
        } else if (refused.status() == 401) {
            String back = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
            ctx.redirect("/dang-nhap?tiep=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
        } else {
            ctx.status(refused.status()).contentType("text/html; charset=utf-8").result(RefusalPage.html(refused.status(), refused.getMessage()));
        }
    }

    public int port() {
        return app.port();
    }

    public String url() {
        return "http://127.0.0.1:" + app.port() + "/";
    }

    @Override
    public void close() {
        live.close();
        app.stop();
    }
}
