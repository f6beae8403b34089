package vn.thanhhoa.cds.dashboards.upload;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.dashboards.DashboardServer;
import vn.thanhhoa.cds.dashboards.SignedIn;
import vn.thanhhoa.cds.dashboards.status.PipelineStatus;

class ReportUploadApiTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-02T01:30:00Z");
    /** RECEIVED in Vietnam time (UTC+7). */
    private static final String STAMP = "20261102-083000-";
    private static final long LIMIT = 4096;
    private static final String BOUNDARY = "----cds-test-boundary-7MA4YWxkTrZu0gW";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path root;
    private Path bank;
    private Path telecom;
    private DashboardServer server;
    private SignedIn analyst;

    @org.junit.jupiter.api.io.TempDir
    static Path engineDirectory;
    private static vn.thanhhoa.cds.dashboards.TestDashboards dashboards;

    @org.junit.jupiter.api.BeforeAll
    static void open() {
        dashboards = new vn.thanhhoa.cds.dashboards.TestDashboards(engineDirectory);
    }

    @org.junit.jupiter.api.AfterAll
    static void close() {
        dashboards.close();
    }

    @BeforeEach
    void start() throws Exception {
        bank = Files.createDirectory(root.resolve("bank"));
        telecom = Files.createDirectory(root.resolve("telecom"));
        Map<String, Path> folders = new LinkedHashMap<>();
        folders.put("BANK", bank);
        folders.put("TELECOM", telecom);
        folders.put("POWER", Files.createDirectory(root.resolve("power")));
        folders.put("NUOC", Files.createDirectory(root.resolve("nuoc")));
        ReportInbox inbox = new ReportInbox(folders, LIMIT, Clock.fixed(RECEIVED, ZoneOffset.UTC));
        server = dashboards.start(inbox);
        analyst = SignedIn.as(server.url(), "phantich", vn.thanhhoa.cds.dashboards.TestDashboards.PASSWORD);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void storesAnUploadedWorkbookUnderItsVietnameseName() throws Exception {
        byte[] workbook = minimalWorkbook();

        HttpResponse<String> response = upload("BANK", "Báo cáo tháng 10.xlsx", workbook);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode stored = json.readTree(response.body());
        assertThat(stored.path("body").asText()).isEqualTo("BANK");
        assertThat(stored.path("storedName").asText()).isEqualTo(STAMP + "Báo cáo tháng 10.xlsx");
        assertThat(stored.path("bytes").asLong()).isEqualTo(workbook.length);
        assertThat(Instant.parse(stored.path("receivedAt").asText())).isEqualTo(RECEIVED);
        assertThat(names(bank)).containsExactly(STAMP + "Báo cáo tháng 10.xlsx");
        assertThat(Files.readAllBytes(bank.resolve(STAMP + "Báo cáo tháng 10.xlsx"))).isEqualTo(workbook);
        assertThat(names(telecom)).isEmpty();
    }

    @Test
    void acceptsAFileOfExactlyTheLimit() throws Exception {
        byte[] csv = "x".repeat((int) LIMIT).getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = upload("TELECOM", "full.csv", csv);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(Files.readAllBytes(telecom.resolve(STAMP + "full.csv"))).isEqualTo(csv);
    }

    @Test
    void refusesAFileJustOverTheLimitWithTheMessage() throws Exception {
        HttpResponse<String> response = upload("BANK", "big.csv", "x".repeat((int) LIMIT + 1).getBytes(StandardCharsets.UTF_8));

        assertRefused(response, "vượt quá dung lượng", "4 KB");
    }

    @Test
    void refusesAFileFarOverTheLimitWithTheMessage() throws Exception {
        int farOver = (int) (LIMIT + 2 * ReportUploadApi.FORM_OVERHEAD);

        HttpResponse<String> response = upload("BANK", "huge.csv", "x".repeat(farOver).getBytes(StandardCharsets.UTF_8));

        assertRefused(response, "vượt quá dung lượng", "4 KB");
    }

    @Test
    void refusesAnOverLimitUploadSentWithoutALength() throws Exception {
        byte[] form = multipart("BANK", "chunked.csv", "x".repeat((int) LIMIT * 3).getBytes(StandardCharsets.UTF_8));

        // An InputStream publisher has no known length: the request goes chunked, so only Jetty's
        // multipart limit can stop it.
        HttpResponse<String> response = http.send(analyst.request("api/reports/upload")
                        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(form)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertRefused(response, "vượt quá dung lượng", "4 KB");
    }

    @Test
    void refusesAnUnknownBody() throws Exception {
        HttpResponse<String> response = upload("WATER", "x.csv", "a\n".getBytes(StandardCharsets.UTF_8));

        assertRefused(response, "“WATER”");
    }

    @Test
    void refusesAFormWithoutAFile() throws Exception {
        byte[] form = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"nguon\"\r\n\r\nBANK\r\n--" + BOUNDARY + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);

        assertRefused(post(form), "Chưa chọn tệp");
    }

    @Test
    void answers503WhenStartedWithoutAnInbox() throws Exception {
        try (DashboardServer withoutInbox = dashboards.start(null)) {
            SignedIn signedIn = SignedIn.as(withoutInbox.url(), "phantich", vn.thanhhoa.cds.dashboards.TestDashboards.PASSWORD);
            HttpResponse<String> upload = http.send(signedIn.request("api/reports/upload")
                            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(multipart("BANK", "x.csv", "a\n".getBytes(StandardCharsets.UTF_8))))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> bodies = signedIn.get("api/reports/bodies");

            assertThat(upload.statusCode()).isEqualTo(503);
            assertThat(json.readTree(upload.body()).path("loi").asText()).contains("chưa được cấu hình");
            assertThat(bodies.statusCode()).isEqualTo(503);
            assertThat(json.readTree(bodies.body()).path("loi").asText()).contains("chưa được cấu hình");
        }
        assertThat(names(bank)).isEmpty();
    }

    @Test
    void listsTheConfiguredBodiesWithTheirVietnameseNames() throws Exception {
        HttpResponse<String> response = get(server.url() + "api/reports/bodies");

        assertThat(response.statusCode()).isEqualTo(200);
        List<List<String>> bodies = json.readTree(response.body()).valueStream()
                .map(body -> List.of(body.path("code").asText(), body.path("name").asText()))
                .toList();
        assertThat(bodies).containsExactly(
                List.of("BANK", "Ngân hàng"),
                List.of("TELECOM", "Viễn thông"),
                List.of("POWER", "Điện lực"),
                List.of("NUOC", "NUOC"));
    }

    @Test
    void servesTheUploadPageAndItsOldAddressLeadsThere() throws Exception {
        HttpResponse<String> page = get(server.url() + "nop-bao-cao");
        HttpResponse<String> old = get(server.url() + "nop-bao-cao.html");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Nộp báo cáo tháng</h1>", "/api/reports/upload", "name=\"tep\"", "X-CSRF-Token");
        assertThat(old.statusCode()).isEqualTo(302);
        assertThat(old.headers().firstValue("location")).hasValue("/nop-bao-cao");
    }

    @Test
    void aReportingBodyUploadsForItselfOnlyAndSeesOnlyItselfInTheList() throws Exception {
        SignedIn power = SignedIn.as(server.url(), "dienluc", vn.thanhhoa.cds.dashboards.TestDashboards.PASSWORD);
        String csv = "Mã xã,Hộ gia đình sử dụng điện\n14758,12408\n";

        HttpResponse<String> bodies = power.get("api/reports/bodies");
        HttpResponse<String> forBank = http.send(power.request("api/reports/upload").header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart("BANK", "b.csv", csv.getBytes(StandardCharsets.UTF_8)))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(json.readTree(bodies.body()).valueStream().map(b -> b.path("code").asText()).toList()).containsExactly("POWER");
        assertThat(forBank.statusCode()).as(forBank.body()).isEqualTo(403);
        assertThat(json.readTree(forBank.body()).path("loi").asText()).contains("đơn vị mình");
        assertThat(names(bank)).isEmpty();
    }

    @Test
    void anUploadWithoutTheCsrfTokenIsRefusedAndNothingIsStored() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/reports/upload"))
                        .header("Cookie", "cds_phien=" + analyst.sessionCookie())
                        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(multipart("BANK", "x.csv", "a\n".getBytes(StandardCharsets.UTF_8)))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json.readTree(response.body()).path("loi").asText()).contains("CSRF");
        assertThat(names(bank)).isEmpty();
    }

    private void assertRefused(HttpResponse<String> response, String... mentions) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(type -> assertThat(type).contains("application/json"));
        assertThat(json.readTree(response.body()).path("loi").asText()).contains(mentions);
        assertThat(names(bank)).isEmpty();
        assertThat(names(telecom)).isEmpty();
    }

    private HttpResponse<String> upload(String body, String fileName, byte[] content) throws Exception {
        return post(multipart(body, fileName, content));
    }

    private HttpResponse<String> post(byte[] form) throws Exception {
        return http.send(analyst.request("api/reports/upload")
                        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(analyst.request(url.substring(server.url().length())).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** What a browser sends for the page's form: the file name as raw UTF-8, as Chrome and Firefox do. */
    private static byte[] multipart(String body, String fileName, byte[] content) throws IOException {
        ByteArrayOutputStream form = new ByteArrayOutputStream();
        form.write(("--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"nguon\"\r\n\r\n"
                + body + "\r\n"
                + "--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"tep\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        form.write(content);
        form.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return form.toByteArray();
    }

    /** A real (if tiny) ZIP archive, as an .xlsx is: it starts with the "PK" signature. */
    private static byte[] minimalWorkbook() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("[Content_Types].xml"));
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types/>".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return zip.toByteArray();
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }

    private static PipelineStatus noStatus() {
        return new PipelineStatus(RECEIVED, List.of(), PipelineStatus.Connectors.NONE, List.of(), List.of());
    }
}
