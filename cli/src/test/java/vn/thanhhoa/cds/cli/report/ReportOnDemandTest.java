package vn.thanhhoa.cds.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.adminunits.ReferenceData;
import vn.thanhhoa.cds.dashboards.SignedIn;
import vn.thanhhoa.cds.catalog.load.CatalogLoader;
import vn.thanhhoa.cds.dashboards.DashboardServer;
import vn.thanhhoa.cds.dashboards.DashboardSettings;
import vn.thanhhoa.cds.dashboards.IndicatorData;
import vn.thanhhoa.cds.dashboards.access.PasswordHashes;
import vn.thanhhoa.cds.dashboards.access.Role;
import vn.thanhhoa.cds.dashboards.access.User;
import vn.thanhhoa.cds.dashboards.access.UserDirectory;
import vn.thanhhoa.cds.dashboards.indicators.IndicatorDirectory;
import vn.thanhhoa.cds.dashboards.status.PipelineStatus;
import vn.thanhhoa.cds.dashboards.units.Communes;
import vn.thanhhoa.cds.reports.service.ReportsConfig;
import vn.thanhhoa.cds.reports.service.ReportsService;
import vn.thanhhoa.cds.store.embedded.EmbeddedClickHouse;
import vn.thanhhoa.cds.store.migration.Migrations;

/**
 * "Lập báo cáo" on the archive page, wired as the demo wires it: the dashboard's request runs the
 * reports module's generation over the same ClickHouse; the files land in the archive, are listed
 * and downloadable, and nothing is sent.
 */
class ReportOnDemandTest {

    private static final String PASSWORD = "Mật-khẩu-thử-2026";

    @TempDir
    static Path directory;
    static EmbeddedClickHouse clickHouse;
    static ReportsService reports;
    static DashboardServer dashboard;

    @BeforeAll
    static void start() {
        clickHouse = EmbeddedClickHouse.open(directory.resolve("clickhouse"));
        new Migrations(clickHouse, "cds").apply();
        ReferenceData reference = ReferenceData.load();
        reports = ReportsService.start(new ReportsConfig(Map.of()), clickHouse, CatalogLoader.builtIn(), reference, Optional.empty(), Clock.systemUTC());
        String hash = new PasswordHashes(new SecureRandom()).hash(PASSWORD);
        UserDirectory users = new UserDirectory(List.of(
                new User("phantich", "Chuyên viên tỉnh", Role.PROVINCE_ANALYST, hash, Optional.empty(), Optional.empty()),
                new User("thamtra", "Cán bộ thẩm tra", Role.UNIT_REVIEWER, hash, Optional.of("380"), Optional.empty())));
        dashboard = DashboardServer.start(new DashboardSettings("127.0.0.1", 0,
                () -> new PipelineStatus(Instant.parse("2026-11-25T02:00:00Z"), List.of(), PipelineStatus.Connectors.NONE, List.of(), List.of()), null,
                new IndicatorData(clickHouse, "cds", Communes.of(reference, LocalDate.of(2026, 11, 25)), new IndicatorDirectory(CatalogLoader.builtIn())),
                users, Duration.ofMinutes(10), Duration.ofMinutes(30), Clock.systemUTC()).withReportMaking(new ReportOnDemand(reports::monthlyRun)));
    }

    @AfterAll
    static void stop() {
        if (dashboard != null) {
            dashboard.close();
        }
        if (reports != null) {
            reports.close();
        }
        clickHouse.close();
    }

    @Test
    void anAnalystHasAPastMonthMadeArchivedListedAndDownloadableButNotSent() throws Exception {
        SignedIn analyst = signIn("phantich");
        HttpResponse<String> made = post(analyst, "{\"donVi\": \"380\", \"thang\": \"2024-03\"}");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        List<String> ids = new ArrayList<>();
        new ObjectMapper().readTree(made.body()).get("ma").forEach(id -> ids.add(id.asText()));
        assertThat(ids).hasSize(2);
        assertThat(ids.get(0)).startsWith("380-2024-03-pdf-");
        assertThat(ids.get(1)).startsWith("380-2024-03-xlsx-");

        JsonNode rows = new ObjectMapper().readTree(analyst.get("api/bao-cao-thang?don-vi=380&thang=2024-03").body()).get("tables").get("bao-cao").get("rows");
        assertThat(rows).hasSize(2);
        for (JsonNode row : rows) {
            HttpResponse<byte[]> file = analyst.bytes("api/bao-cao-thang/" + row.get("ma").asText());
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file.body()))).isEqualTo(row.get("sha256").asText());
            assertThat(new String(file.body(), 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo(row.get("dang").asText().equals("PDF") ? "%PDF" : "PK\u0003\u0004");
            assertThat(row.get("tam-tinh").asText()).as("March 2024 is finished").isEmpty();
        }
        assertThat(clickHouse.query("SELECT count() AS n FROM cds.delivery_attempt").getFirst().longValue("n")).as("nothing sent").isZero();
    }

    @Test
    void onlyAnAnalystMayAndOnlyForAUnitThatExistedThatMonth() throws Exception {
        HttpResponse<String> reviewer = post(signIn("thamtra"), "{\"donVi\": \"380\", \"thang\": \"2024-03\"}");
        assertThat(reviewer.statusCode()).isEqualTo(403);
        SignedIn analyst = signIn("phantich");
        HttpResponse<String> afterReform = post(analyst, "{\"donVi\": \"380\", \"thang\": \"2026-10\"}");
        assertThat(afterReform.statusCode()).isEqualTo(400);
        assertThat(afterReform.body()).contains("toàn tỉnh");
        assertThat(post(analyst, "{\"donVi\": \"38\", \"thang\": \"2099-01\"}").statusCode()).isEqualTo(400);
        assertThat(post(analyst, "{\"donVi\": \"38'--\", \"thang\": \"2024-03\"}").statusCode()).isEqualTo(400);
        HttpResponse<String> commune = post(analyst, "{\"donVi\": \"15742\", \"thang\": \"2024-03\"}");
        assertThat(commune.statusCode()).as(commune.body()).isEqualTo(400);
        assertThat(commune.body()).contains("Không lập được báo cáo của đơn vị 15742");
    }

    private static SignedIn signIn(String login) throws Exception {
        return SignedIn.as(dashboard.url(), login, PASSWORD);
    }

    private static HttpResponse<String> post(SignedIn session, String json) throws Exception {
        return session.send(session.request("api/bao-cao-thang").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
