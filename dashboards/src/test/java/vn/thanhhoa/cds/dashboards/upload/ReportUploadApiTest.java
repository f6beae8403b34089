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

    @BeforeEach
    void start() throws IOException {
        bank = Files.createDirectory(root.resolve("bank"));
        telecom = Files.createDirectory(root.resolve("telecom"));
        Map<String, Path> folders = new LinkedHashMap<>();
        folders.put("BANK", bank);
        folders.put("TELECOM", telecom);
        folders.put("POWER", Files.createDirectory(root.resolve("power")));
        folders.put("NUOC", Files.createDirectory(root.resolve("nuoc")));
        ReportInbox inbox = new ReportInbox(folders, LIMIT, Clock.fixed(RECEIVED, ZoneOffset.UTC));
        server = DashboardServer.start("127.0.0.1", 0, ReportUploadApiTest::noStatus, inbox);
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
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/reports/upload"))
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
        try (DashboardServer withoutInbox = DashboardServer.start("127.0.0.1", 0, ReportUploadApiTest::noStatus)) {
            HttpResponse<String> upload = http.send(HttpRequest.newBuilder(URI.create(withoutInbox.url() + "api/reports/upload"))
                            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(multipart("BANK", "x.csv", "a\n".getBytes(StandardCharsets.UTF_8))))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> bodies = get(withoutInbox.url() + "api/reports/bodies");

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
    void servesTheUploadPageLinkedFromTheStatusPage() throws Exception {
        HttpResponse<String> page = get(server.url() + "nop-bao-cao.html");
        HttpResponse<String> index = get(server.url());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Nộp báo cáo tháng</h1>", "/api/reports/upload", "'nguon'", "name=\"tep\"");
        assertThat(index.body()).contains("href=\"/nop-bao-cao.html\"");
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
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/reports/upload"))
                        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
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
