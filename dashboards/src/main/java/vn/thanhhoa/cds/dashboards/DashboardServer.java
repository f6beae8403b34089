package vn.thanhhoa.cds.dashboards;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import io.javalin.http.staticfiles.Location;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thanhhoa.cds.dashboards.status.PipelineStatusSource;
import vn.thanhhoa.cds.dashboards.upload.ReportInbox;
import vn.thanhhoa.cds.dashboards.upload.ReportUploadApi;

/**
 * The web application: static pages in Vietnamese under {@code /} and a JSON API under
 * {@code /api}. Handlers stay thin; what they show comes from the sources passed in.
 */
public final class DashboardServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DashboardServer.class);

    private final Javalin app;

    private DashboardServer(Javalin app) {
        this.app = app;
    }

    /** Starts serving on {@code host:port} without report uploads; port 0 picks a free one. */
    public static DashboardServer start(String host, int port, PipelineStatusSource status) {
        return start(host, port, status, null);
    }

    /**
     * Starts serving on {@code host:port}; port 0 picks a free one.
     *
     * @param reports where uploaded monthly reports go ({@code /nop-bao-cao.html},
     *                {@code /api/reports/...}); null when this server takes none, and the upload
     *                endpoints then answer 503 saying so
     */
    public static DashboardServer start(String host, int port, PipelineStatusSource status, ReportInbox reports) {
        ReportUploadApi uploads = new ReportUploadApi(reports);
        Javalin app = Javalin.create(config -> {
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
            config.routes.get("/api/status", ctx -> ctx.json(status.current()));
            uploads.configure(config);
        });
        app.start(host, port);
        DashboardServer server = new DashboardServer(app);
        LOG.info("Dashboard serving at {}", server.url());
        return server;
    }

    public int port() {
        return app.port();
    }

    public String url() {
        return "http://127.0.0.1:" + app.port() + "/";
    }

    @Override
    public void close() {
        app.stop();
    }
}
