package vn.thanhhoa.cds.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.dashboards.access.Role;
import vn.thanhhoa.cds.dashboards.units.Commune;

/**
 * Every role against every page, API and export, each case with its expected answer written here:
 * allowed (200), refused (403), or for a page that is not the role's own a redirect (302). All cases
 * run and the failures are reported together. A commune officer and a unit reviewer open a commune
 * outside their scope directly by URL.
 */
class AccessTableTest {

    @TempDir
    static Path directory;
    private static TestDashboards dashboards;
    private static DashboardServer server;
    private static String other;
    private static vn.thanhhoa.cds.dashboards.declaration.DeclarationFolders declarations;
    private static String ownEvidence;
    private static String otherEvidence;
    private static final Map<Role, SignedIn> AS = new EnumMap<>(Role.class);
    private static final Map<Role, String> LOGIN = Map.of(Role.PROVINCE_ANALYST, "phantich", Role.UNIT_REVIEWER, "thamtra",
            Role.COMMUNE_OFFICER, "canboxa", Role.REPORTING_BODY, "dienluc");

    @BeforeAll
    static void start() throws Exception {
        dashboards = new TestDashboards(directory);
        Commune officers = dashboards.communes().commune(TestDashboards.OFFICER_COMMUNE).orElseThrow();
        other = dashboards.communes().all().stream().filter(c -> !c.formerDistrictCode().equals(officers.formerDistrictCode()))
                .findFirst().orElseThrow().code();
        Instant at = Instant.parse("2026-11-20T03:00:00Z");
        dashboards.clickHouse().insert("cds.indicator_value_daily", List.of(
                IndicatorRows.value(TestDashboards.OFFICER_COMMUNE, "2026", "1", 2026, "YEAR_TO_DATE", LocalDate.of(2026, 11, 20), 80.0, "MET", 70.0, at),
                IndicatorRows.value(other, "2026", "1", 2026, "YEAR_TO_DATE", LocalDate.of(2026, 11, 20), 40.0, "BELOW", 70.0, at)), null);
        declarations = new vn.thanhhoa.cds.dashboards.declaration.DeclarationFolders(directory, dashboards.communes());
        ownEvidence = keepEvidence(TestDashboards.OFFICER_COMMUNE);
        otherEvidence = keepEvidence(other);
        server = dashboards.start(null, TestDashboards::noStatus, declarations.desk());
        for (Role role : Role.values()) {
            AS.put(role, SignedIn.as(server.url(), LOGIN.get(role), TestDashboards.PASSWORD));
        }
    }

    /** A kept evidence document of the commune, as a declaration of it would leave; its download link. */
    private static String keepEvidence(String commune) throws Exception {
        var store = declarations.desk().evidence();
        byte[] pdf = ("%PDF-1.4\n% minh chứng của xã " + commune + "\n").getBytes(StandardCharsets.UTF_8);
        var staged = store.stage(commune, 2025, "bien-ban.pdf", "Biên bản", new java.io.ByteArrayInputStream(pdf));
        store.keep(staged);
        return vn.thanhhoa.cds.dashboards.declaration.DeclarationApi.link(staged.reference()).substring(1);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        dashboards.close();
    }

    private record Case(String path, int analyst, int reviewer, int officer, int body) {
        int expected(Role role) {
            return switch (role) {
                case PROVINCE_ANALYST -> analyst;
                case UNIT_REVIEWER -> reviewer;
                case COMMUNE_OFFICER -> officer;
                case REPORTING_BODY -> body;
            };
        }
    }

    private static List<Case> cases() {
        String own = TestDashboards.OFFICER_COMMUNE;
        return List.of(
                new Case("tong-quan", 200, 200, 200, 403),
                new Case("api/tong-quan?nam=2026", 200, 200, 200, 403),
                new Case("api/xuat/tong-quan/luoi.csv?nam=2026", 200, 200, 200, 403),
                new Case("api/xuat/tong-quan/xep-hang.xlsx?nam=2026", 200, 200, 200, 403),
                new Case("xa/" + own, 200, 200, 200, 403),
                new Case("api/xa/" + own + "?nam=2026", 200, 200, 200, 403),
                new Case("api/xuat/xa/chi-tieu.xlsx?ma=" + own + "&nam=2026", 200, 200, 200, 403),
                new Case("xa/" + other, 200, 403, 403, 403),
                new Case("api/xa/" + other + "?nam=2026", 200, 403, 403, 403),
                new Case("api/xuat/xa/chi-tieu.csv?ma=" + other + "&nam=2026", 200, 403, 403, 403),
                new Case("chi-tieu?bo=2026&nam=2026&ma=1", 200, 200, 200, 403),
                new Case("api/chi-tieu?bo=2026&nam=2026&ma=1", 200, 200, 200, 403),
                new Case("api/xuat/chi-tieu/cac-xa.csv?bo=2026&nam=2026&ma=1", 200, 200, 200, 403),
                new Case("canh-bao", 200, 200, 200, 403),
                new Case("api/canh-bao", 200, 200, 200, 403),
                new Case("api/xuat/canh-bao/do-moi.xlsx", 200, 200, 200, 403),
                new Case("", 200, 302, 302, 302),
                new Case("api/status", 200, 403, 403, 403),
                new Case("nop-bao-cao", 200, 403, 403, 200),
                new Case("api/reports/bodies", 503, 403, 403, 503),
                new Case("api/bao-cao/da-doc?nguon=POWER", 200, 403, 403, 200),
                new Case("api/xuat/bao-cao/da-doc.csv?nguon=POWER", 200, 403, 403, 200),
                new Case("bao-cao", 200, 200, 403, 403),
                new Case("api/bao-cao-thang", 200, 200, 403, 403),
                new Case("api/bao-cao-thang?don-vi=397", 200, 403, 403, 403),
                new Case("api/xuat/bao-cao-thang/bao-cao.csv", 200, 200, 403, 403),
                new Case("api/xuat/bao-cao-thang/gui-di.xlsx", 200, 200, 403, 403),
                new Case("api/bao-cao-thang/397-2026-10-pdf-1-0123456789ab", 404, 403, 403, 403),
                new Case("api/bao-cao-thang/397-2026-10-pdf-1'--", 400, 400, 403, 403),
                new Case("api/canh-bao/tat-thong-bao", 200, 200, 200, 403),
                new Case("api/gui-di/loi", 200, 403, 403, 403),
                new Case("api/phien", 200, 200, 200, 200),
                new Case("khai-bao", 200, 200, 200, 403),
                new Case("api/khai-bao?xa=" + own, 200, 200, 200, 403),
                new Case("api/khai-bao?xa=" + other, 200, 403, 403, 403),
                new Case(ownEvidence, 200, 200, 200, 403),
                new Case(otherEvidence, 200, 403, 403, 403));
    }

    @Test
    void everyRoleGetsExactlyWhatItsRowSaysOnEveryPageApiAndExport() throws Exception {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Case c : cases()) {
            for (Role role : Role.values()) {
                HttpResponse<String> response = AS.get(role).get(c.path());
                checked++;
                if (response.statusCode() != c.expected(role)) {
                    wrong.add(role + " GET /" + c.path() + ": expected " + c.expected(role) + ", got " + response.statusCode());
                }
            }
        }
        assertThat(wrong).as("cases that answered otherwise than expected").isEmpty();
        assertThat(checked).isEqualTo(cases().size() * Role.values().length);
    }

    @Test
    void nobodySignedInGetsNothingButTheLoginPage() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        List<String> wrong = new ArrayList<>();
        for (Case c : cases()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.url() + c.path())).build(), HttpResponse.BodyHandlers.ofString());
            int expected = c.path().startsWith("api/") ? 401 : 302;
            if (response.statusCode() != expected) {
                wrong.add("GET /" + c.path() + ": expected " + expected + ", got " + response.statusCode());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void anOfficerOpeningAnotherCommuneByUrlIsToldInVietnameseAndGetsNoFigure() throws Exception {
        HttpResponse<String> page = AS.get(Role.COMMUNE_OFFICER).get("xa/" + other);
        HttpResponse<String> api = AS.get(Role.COMMUNE_OFFICER).get("api/xa/" + other + "?nam=2026");
        HttpResponse<byte[]> export = AS.get(Role.COMMUNE_OFFICER).bytes("api/xuat/xa/chi-tieu.csv?ma=" + other + "&nam=2026");

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("Không có quyền truy cập", "không có quyền xem số liệu của xã có mã " + other);
        assertThat(api.statusCode()).isEqualTo(403);
        JsonNode refusal = new ObjectMapper().readTree(api.body());
        assertThat(refusal.path("loi").asText()).contains(other);
        assertThat(refusal.has("tables")).isFalse();
        assertThat(export.statusCode()).isEqualTo(403);
        assertThat(new String(export.body(), StandardCharsets.UTF_8)).doesNotContain("Giá trị").contains("loi");
    }

    @Test
    void theSameQueryAndExportShowEachRoleOnlyItsCommunes() throws Exception {
        String officerDistrict = dashboards.communes().commune(TestDashboards.OFFICER_COMMUNE).orElseThrow().formerDistrictCode();
        Map<String, Integer> expected = new HashMap<>();
        expected.put("canboxa", 1);
        expected.put("thamtra", ReviewerCommunes.count(officerDistrict));
        expected.put("phantich", 166);
        for (Role role : List.of(Role.PROVINCE_ANALYST, Role.UNIT_REVIEWER, Role.COMMUNE_OFFICER)) {
            JsonNode overview = AS.get(role).json("api/tong-quan?nam=2026");
            String csv = new String(AS.get(role).bytes("api/xuat/tong-quan/luoi.csv?nam=2026").body(), StandardCharsets.UTF_8);
            int communes = expected.get(LOGIN.get(role));
            assertThat(overview.get("grid").size()).as(role.name()).isEqualTo(communes);
            assertThat(csv.lines().count()).as(role.name() + " CSV lines (heading + communes)").isEqualTo(communes + 1);
            assertThat(csv.contains(other + ",")).as(role + " sees " + other).isEqualTo(role == Role.PROVINCE_ANALYST);
        }
    }

    @Test
    void theLiveStreamOpensForTheRolesThatReadIndicatorsOnly() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Role role : Role.values()) {
            HttpResponse<java.io.InputStream> response = AS.get(role).send(AS.get(role).request("api/truc-tiep").header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
            try (java.io.InputStream body = response.body()) {
                int expected = role.readsIndicators() ? 200 : 403;
                String type = response.headers().firstValue("content-type").orElse("");
                if (response.statusCode() != expected || role.readsIndicators() != type.startsWith("text/event-stream")) {
                    wrong.add(role + ": " + response.statusCode() + " " + type);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void onlyTheOfficerForItsCommuneAndTheAnalystForAnyCommuneDeclare() throws Exception {
        Map<Role, int[]> expected = Map.of(Role.PROVINCE_ANALYST, new int[] {201, 201}, Role.UNIT_REVIEWER, new int[] {403, 403},
                Role.COMMUNE_OFFICER, new int[] {201, 403}, Role.REPORTING_BODY, new int[] {403, 403});
        List<String> wrong = new ArrayList<>();
        for (Role role : Role.values()) {
            String[] communes = {TestDashboards.OFFICER_COMMUNE, other};
            for (int i = 0; i < communes.length; i++) {
                // 2026 item 3: officials trained in basic digital skills, a count the commune declares.
                HttpResponse<String> response = new MultipartForm().field("xa", communes[i]).field("bo", "2026").field("ma", "3").field("nam", "2026")
                        .field("giaTri", "7").post(AS.get(role), "api/khai-bao");
                if (response.statusCode() != expected.get(role)[i]) {
                    wrong.add(role + " POST /api/khai-bao for " + communes[i] + ": expected " + expected.get(role)[i] + ", got " + response.statusCode()
                            + " " + response.body());
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(declarations.inboxFiles()).as("one line per accepted declaration").hasSize(3);
    }

    @Test
    void aStateChangingRequestFromAnotherSiteIsRefused() throws Exception {
        HttpResponse<String> response = AS.get(Role.PROVINCE_ANALYST).send(AS.get(Role.PROVINCE_ANALYST).request("api/dang-xuat")
                .header("Origin", "http://evil.example").POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(AS.get(Role.PROVINCE_ANALYST).get("api/phien").statusCode()).as("still signed in").isEqualTo(200);
    }
}
