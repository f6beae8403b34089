package vn.thanhhoa.cds.dashboards.archive;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.dashboards.DashboardServer;
import vn.thanhhoa.cds.dashboards.DashboardSettings;
import vn.thanhhoa.cds.dashboards.IndicatorData;
import vn.thanhhoa.cds.dashboards.SignedIn;
import vn.thanhhoa.cds.dashboards.TestDashboards;

/**
 * The monthly-report archive and the deliveries on {@code /api/bao-cao-thang}, over rows written
 * into the embedded ClickHouse as the reports module writes them: who lists what, the download's
 * bytes and SHA-256 against what was stored (in the row and on disk), another unit's id tried by
 * URL, malformed ids that never reach ClickHouse, and the deliveries' last outcomes.
 */
class ArchiveApiTest {

    /** Thành phố Thanh Hóa: the former district of the reviewer (and of the officer's commune, Phường Hàm Rồng). */
    private static final String OWN = "380";
    /** Huyện Triệu Sơn: another unit. */
    private static final String OTHER = "397";
    private static final String PROVINCE = "38";
    private static final Instant MADE = Instant.parse("2026-11-01T00:00:05Z");

    @TempDir
    static Path directory;
    static TestDashboards dashboards;
    static RecordingClickHouse recorded;
    static DashboardServer server;
    static SignedIn analyst;
    static SignedIn reviewer;
    static SignedIn officer;
    static SignedIn body;
    static byte[] ownPdf;
    static byte[] ownXlsx;
    static byte[] otherPdf;
    static String ownPdfId;
    static String ownXlsxId;
    static String otherPdfId;
    static String provinceId;

    @BeforeAll
    static void start() throws Exception {
        dashboards = new TestDashboards(directory);
        ownPdf = ("%PDF-1.7\nBáo cáo tháng 10 năm 2026 — Thành phố Thanh Hóa\n" + "x".repeat(3000)).getBytes(StandardCharsets.UTF_8);
        ownXlsx = new byte[4096];
        new java.util.Random(17).nextBytes(ownXlsx);
        ownXlsx[0] = 'P';
        ownXlsx[1] = 'K';
        otherPdf = "%PDF-1.7\nHuyện Triệu Sơn".getBytes(StandardCharsets.UTF_8);
        byte[] provincePdf = "%PDF-1.7\nTỉnh Thanh Hóa".getBytes(StandardCharsets.UTF_8);
        Path onDisk = Files.write(directory.resolve("own.xlsx"), ownXlsx);
        ownPdfId = ArchiveRows.id(OWN, YearMonth.of(2026, 10), "pdf", MADE, ownPdf);
        ownXlsxId = ArchiveRows.id(OWN, YearMonth.of(2026, 11), "xlsx", MADE.plusSeconds(60), ownXlsx);
        otherPdfId = ArchiveRows.id(OTHER, YearMonth.of(2026, 10), "pdf", MADE, otherPdf);
        provinceId = ArchiveRows.id(PROVINCE, YearMonth.of(2026, 9), "pdf", MADE, provincePdf);
        dashboards.clickHouse().insert("cds.report_archive", List.of(
                ArchiveRows.report(OWN, YearMonth.of(2026, 10), "pdf", MADE, ownPdf, null, false),
                ArchiveRows.report(OWN, YearMonth.of(2026, 11), "xlsx", MADE.plusSeconds(60), ownXlsx, onDisk.toString(), true),
                ArchiveRows.report(OTHER, YearMonth.of(2026, 10), "pdf", MADE, otherPdf, null, false),
                ArchiveRows.report(PROVINCE, YearMonth.of(2026, 9), "pdf", MADE, provincePdf, null, false)), null);
        String ownSubject = OWN + "-2026-10-" + MADE.toEpochMilli();
        String otherSubject = OTHER + "-2026-10-" + MADE.toEpochMilli();
        dashboards.clickHouse().insert("cds.delivery_attempt", List.of(
                ArchiveRows.attempt("report", ownSubject, "EMAIL", "vp@tp.thanhhoa.gov.vn", 1, "FAILED", "550 mailbox unavailable", MADE.plusSeconds(1)),
                ArchiveRows.attempt("report", ownSubject, "EMAIL", "vp@tp.thanhhoa.gov.vn", 2, "DELIVERED", null, MADE.plusSeconds(3)),
                ArchiveRows.attempt("report", ownSubject, "WEBHOOK", "https://tp.example/hook", 1, "FAILED", "HTTP 503", MADE.plusSeconds(1)),
                ArchiveRows.attempt("report", ownSubject, "WEBHOOK", "https://tp.example/hook", 2, "FAILED", "HTTP 503", MADE.plusSeconds(3)),
                ArchiveRows.attempt("report", ownSubject, "WEBHOOK", "https://tp.example/hook", 3, "GAVE_UP", "HTTP 503 Service Unavailable", MADE.plusSeconds(7)),
                ArchiveRows.attempt("report", otherSubject, "EMAIL", "vp@trieuson.thanhhoa.gov.vn", 1, "DELIVERED", null, MADE.plusSeconds(2)),
                ArchiveRows.attempt("alert", "14758|2026|9|YEAR_TO_DATE|1|BELOW", "EMAIL", "vhxh@hamrong.thanhhoa.gov.vn", 1, "FAILED",
                        "connection refused", MADE.plusSeconds(9))), null);
        recorded = new RecordingClickHouse(dashboards.clickHouse());
        server = DashboardServer.start(new DashboardSettings("127.0.0.1", 0, TestDashboards::noStatus, null,
                new IndicatorData(recorded, TestDashboards.DATABASE, dashboards.communes(), dashboards.indicators()), dashboards.users(),
                Duration.ofMinutes(10), Duration.ofMinutes(30), Clock.systemUTC()));
        analyst = SignedIn.as(server.url(), "phantich", TestDashboards.PASSWORD);
        reviewer = SignedIn.as(server.url(), "thamtra", TestDashboards.PASSWORD);
        officer = SignedIn.as(server.url(), "canboxa", TestDashboards.PASSWORD);
        body = SignedIn.as(server.url(), "dienluc", TestDashboards.PASSWORD);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        dashboards.close();
    }

    @Test
    void theReviewerOfADistrictListsItsOwnUnitsReportsAndTheAnalystEveryUnits() throws Exception {
        assertThat(dashboards.communes().commune(TestDashboards.OFFICER_COMMUNE).orElseThrow().formerDistrictCode()).isEqualTo(OWN);
        assertThat(ids(reviewer.json("api/bao-cao-thang"))).containsExactly(ownXlsxId, ownPdfId);
        assertThat(ids(analyst.json("api/bao-cao-thang"))).containsExactly(ownXlsxId, ownPdfId, otherPdfId, provinceId);
        assertThat(ids(analyst.json("api/bao-cao-thang?don-vi=" + OTHER))).containsExactly(otherPdfId);
        assertThat(ids(analyst.json("api/bao-cao-thang?thang=2026-10"))).containsExactly(ownPdfId, otherPdfId);
        assertThat(ids(reviewer.json("api/bao-cao-thang?thang=2026-10"))).containsExactly(ownPdfId);

        JsonNode row = reviewer.json("api/bao-cao-thang").get("tables").get("bao-cao").get("rows").get(0);
        assertThat(row.get("don-vi").asText()).isEqualTo("Thành phố Thanh Hóa");
        assertThat(row.get("thang").asText()).isEqualTo("11/2026");
        assertThat(row.get("dang").asText()).isEqualTo("XLSX");
        assertThat(row.get("dung-luong").asLong()).isEqualTo(4096);
        assertThat(row.get("sha256").asText()).isEqualTo(ArchiveRows.sha256(ownXlsx));
        assertThat(row.get("tam-tinh").asText()).isEqualTo("Tạm tính");
        assertThat(reviewer.json("api/bao-cao-thang").get("units").findValuesAsText("code")).containsExactly(OWN);

        HttpResponse<String> otherUnit = reviewer.get("api/bao-cao-thang?don-vi=" + OTHER);
        assertThat(otherUnit.statusCode()).isEqualTo(403);
        assertThat(otherUnit.body()).contains(OTHER).doesNotContain(otherPdfId);
        assertThat(analyst.get("api/bao-cao-thang?thang=10-2026").statusCode()).isEqualTo(400);
        assertThat(officer.get("api/bao-cao-thang").statusCode()).isEqualTo(403);
        assertThat(body.get("api/bao-cao-thang").statusCode()).isEqualTo(403);
    }

    @Test
    void aDownloadIsTheStoredBytesWithTheirSha256AndAVietnameseFileName() throws Exception {
        HttpResponse<byte[]> pdf = reviewer.bytes("api/bao-cao-thang/" + ownPdfId);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.body()).isEqualTo(ownPdf);
        assertThat(ArchiveRows.sha256(pdf.body())).isEqualTo(storedSha256(ownPdfId));
        assertThat(pdf.headers().firstValue("content-type").orElse("")).startsWith("application/pdf");
        assertThat(fileName(pdf)).isEqualTo("Báo cáo CĐS Thành phố Thanh Hóa tháng 10-2026.pdf");

        HttpResponse<byte[]> xlsx = reviewer.bytes("api/bao-cao-thang/" + ownXlsxId);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.body()).as("read from the file the row names").isEqualTo(ownXlsx);
        assertThat(ArchiveRows.sha256(xlsx.body())).isEqualTo(storedSha256(ownXlsxId));
        assertThat(xlsx.headers().firstValue("content-type").orElse("")).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(fileName(xlsx)).isEqualTo("Báo cáo CĐS Thành phố Thanh Hóa tháng 11-2026 (tạm tính).xlsx");

        assertThat(analyst.bytes("api/bao-cao-thang/" + provinceId).body()).isEqualTo("%PDF-1.7\nTỉnh Thanh Hóa".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anotherUnitsReportOpenedByUrlIsRefusedWithoutItsBytes() throws Exception {
        HttpResponse<byte[]> other = reviewer.bytes("api/bao-cao-thang/" + otherPdfId);
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(new String(other.body(), StandardCharsets.UTF_8)).contains("loi").doesNotContain("Triệu Sơn").doesNotContain("%PDF");
        assertThat(recorded.statements()).as("refused on the unit its id starts with, before any SQL").noneMatch(sql -> sql.contains(otherPdfId));
        assertThat(reviewer.bytes("api/bao-cao-thang/" + provinceId).statusCode()).as("the province's report is the province's").isEqualTo(403);
        assertThat(officer.bytes("api/bao-cao-thang/" + ownPdfId).statusCode()).isEqualTo(403);
        assertThat(body.bytes("api/bao-cao-thang/" + ownPdfId).statusCode()).isEqualTo(403);
        assertThat(analyst.bytes("api/bao-cao-thang/" + otherPdfId).body()).isEqualTo(otherPdf);
    }

    @Test
    void aMalformedIdIsRefusedBeforeAnySqlAndAnUnknownOneIsNotFound() throws Exception {
        List<String> malformed = List.of("380-2026-10-pdf-1'%20OR%20'1'='1", "..%2F..%2Fetc%2Fpasswd", "380-2026-13-pdf-1-0123456789ab",
                "380-2026-10-exe-1-0123456789ab", "380-2026-10-pdf-1-0123456789AB", "x".repeat(300));
        for (String id : malformed) {
            HttpResponse<String> answer = analyst.get("api/bao-cao-thang/" + id);
            assertThat(answer.statusCode()).as(id).isIn(400, 404);
        }
        assertThat(analyst.get("api/bao-cao-thang/380-2026-10-pdf-1'%20OR%20'1'='1").statusCode()).isEqualTo(400);
        List<String> fragments = List.of("OR '1'='1", "passwd", "2026-13", "-exe-", "0123456789AB", "xxxxxxxxxx");
        assertThat(recorded.statements()).noneMatch(sql -> fragments.stream().anyMatch(sql::contains));

        String unknown = "380-2026-10-pdf-1-0123456789ab";
        HttpResponse<String> missing = analyst.get("api/bao-cao-thang/" + unknown);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Không có báo cáo tháng");
    }

    @Test
    void deliveriesShowTheLastOutcomeOfEachReportAndRecipientFailedFirstInScope() throws Exception {
        JsonNode all = analyst.json("api/bao-cao-thang").get("tables").get("gui-di").get("rows");
        List<String> lines = new ArrayList<>();
        all.forEach(r -> lines.add(r.get("nguoi-nhan").asText() + " " + r.get("so-lan").asInt() + " " + r.get("ket-qua").asText() + " "
                + r.path("loi").asText("")));
        // Failed first, newest first among them; then the delivered ones, newest first.
        assertThat(lines).containsExactly(
                "vhxh@hamrong.thanhhoa.gov.vn 1 Lỗi, đang thử lại connection refused",
                "https://tp.example/hook 3 Không gửi được (đã ngừng thử) HTTP 503 Service Unavailable",
                "vp@tp.thanhhoa.gov.vn 2 Đã gửi 550 mailbox unavailable",
                "vp@trieuson.thanhhoa.gov.vn 1 Đã gửi ");
        assertThat(all.get(1).get("noi-dung").asText()).isEqualTo("Báo cáo Thành phố Thanh Hóa tháng 10/2026");

        assertThat(analyst.json("api/gui-di/loi").get("failed").asInt()).as("the status page's count").isEqualTo(2);
        assertThat(reviewer.get("api/gui-di/loi").statusCode()).isEqualTo(403);

        JsonNode own = reviewer.json("api/bao-cao-thang").get("tables").get("gui-di").get("rows");
        assertThat(own.findValuesAsText("nguoi-nhan")).containsExactly("https://tp.example/hook", "vp@tp.thanhhoa.gov.vn");

        assertThat(analyst.json("api/bao-cao-thang?don-vi=" + OTHER).get("tables").get("gui-di").get("rows").findValuesAsText("nguoi-nhan"))
                .as("filtered by unit: that unit's reports only, no alert").containsExactly("vp@trieuson.thanhhoa.gov.vn");
        assertThat(analyst.json("api/bao-cao-thang?thang=2026-10").get("tables").get("gui-di").get("rows")).hasSize(3);
        assertThat(analyst.json("api/bao-cao-thang?thang=2026-09").get("tables").get("gui-di").get("rows")).isEmpty();

        HttpResponse<byte[]> csv = reviewer.bytes("api/xuat/bao-cao-thang/gui-di.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new java.io.StringReader(new String(csv.body(), StandardCharsets.UTF_8).substring(1))).getRecords();
        assertThat(records).hasSize(3);
        assertThat(records.get(1).get(6)).isEqualTo("Không gửi được (đã ngừng thử)");
        assertThat(records.get(1).get(5)).isEqualTo("3");
        HttpResponse<byte[]> files = reviewer.bytes("api/xuat/bao-cao-thang/bao-cao.xlsx");
        assertThat(files.statusCode()).isEqualTo(200);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(files.body()))) {
            var sheet = workbook.getSheetAt(0);
            List<String> cells = new ArrayList<>();
            sheet.forEach(r -> r.forEach(c -> cells.add(c.toString())));
            assertThat(cells).contains(ownPdfId, ownXlsxId).doesNotContain(otherPdfId);
        }
    }

    private static List<String> ids(JsonNode view) {
        List<String> ids = new ArrayList<>();
        view.get("tables").get("bao-cao").get("rows").forEach(r -> ids.add(r.get("ma").asText()));
        return ids;
    }

    private static String storedSha256(String id) {
        return dashboards.clickHouse().query("SELECT sha256 FROM cds.report_archive FINAL WHERE report_id = '" + id + "'").getFirst().string("sha256");
    }

    private static String fileName(HttpResponse<?> response) {
        String disposition = response.headers().firstValue("content-disposition").orElseThrow();
        String encoded = disposition.substring(disposition.indexOf("filename*=UTF-8''") + "filename*=UTF-8''".length());
        return URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
