package vn.thanhhoa.cds.dashboards.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.connectors.deadletter.Parsed;
import vn.thanhhoa.cds.dashboards.DashboardServer;
import vn.thanhhoa.cds.dashboards.MultipartForm;
import vn.thanhhoa.cds.dashboards.SignedIn;
import vn.thanhhoa.cds.dashboards.TestDashboards;
import vn.thanhhoa.cds.dashboards.units.Commune;
import vn.thanhhoa.cds.schemas.raw.Declaration;

/**
 * The declaration API over a real server, the embedded ClickHouse and real folders, with the
 * connector's own mapping as the check: what is accepted is read back from the folder by that
 * mapping and compared with what was typed; what is refused leaves the folders as they were.
 */
class DeclarationApiTest {

    static final byte[] PDF = "%PDF-1.4\n% Biên bản nghiệm thu\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 1, 2, 3};
    private static final String OWN = TestDashboards.OFFICER_COMMUNE;

    @TempDir
    static Path directory;
    private static TestDashboards dashboards;
    private static DeclarationFolders folders;
    private static DashboardServer server;
    private static String other;
    private static SignedIn officer;
    private static SignedIn analyst;
    private static SignedIn reviewer;
    private static SignedIn body;

    @BeforeAll
    static void start() throws Exception {
        dashboards = new TestDashboards(directory);
        folders = new DeclarationFolders(directory, dashboards.communes());
        Commune officers = dashboards.communes().commune(OWN).orElseThrow();
        other = dashboards.communes().all().stream().filter(c -> !c.formerDistrictCode().equals(officers.formerDistrictCode()))
                .findFirst().orElseThrow().code();
        server = dashboards.start(null, TestDashboards::noStatus, folders.desk());
        officer = SignedIn.as(server.url(), "canboxa", TestDashboards.PASSWORD);
        analyst = SignedIn.as(server.url(), "phantich", TestDashboards.PASSWORD);
        reviewer = SignedIn.as(server.url(), "thamtra", TestDashboards.PASSWORD);
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
    void anOfficersYesWithAPdfBecomesOneLineTheConnectorReadsAsTyped() throws Exception {
        List<Path> before = folders.inboxFiles();
        String title = "Biên bản nghiệm thu điểm wifi công cộng số 15/BB-UBND";
        var response = new MultipartForm().field("xa", OWN).field("bo", "2023-2025").field("ma", "4.5").field("nam", "2025").field("dat", "co")
                .file("minhChung", "Biên bản wifi.pdf", "application/pdf", PDF).field("tieuDe", title)
                .post(officer, "api/khai-bao");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String reference = OWN + "/2025/sha256-" + sha256(PDF) + ".pdf";
        JsonNode answer = new ObjectMapper().readTree(response.body());
        assertThat(answer.at("/minhChung/0/thamChieu").asText()).isEqualTo(reference);

        Declaration read = onlyNewLine(before);
        assertThat(read.getCommuneCode()).isEqualTo(OWN);
        assertThat(read.getIndicatorSet()).isEqualTo("2023-2025");
        assertThat(read.getIndicatorCode()).isEqualTo("4.5");
        assertThat(read.getYear()).isEqualTo(2025);
        assertThat(read.getMonth()).isNull();
        assertThat(read.getMet()).isTrue();
        assertThat(read.getValue()).isNull();
        assertThat(read.getEvidence()).hasSize(1);
        assertThat(read.getEvidence().getFirst().getTitle()).isEqualTo(title);
        assertThat(read.getEvidence().getFirst().getReference()).isEqualTo(reference);
        assertThat(read.getDeclaredBy()).isEqualTo("canboxa");
        assertThat(read.getDeclaredAt()).isEqualTo(Instant.parse(answer.get("thoiGian").asText()));
        assertThat(Files.readAllBytes(folders.evidence().resolve(reference))).isEqualTo(PDF);

        var download = officer.bytes(answer.at("/minhChung/0/duongDan").asText().substring(1));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("content-type").orElse("")).startsWith("application/pdf");
        assertThat(download.body()).isEqualTo(PDF);
    }

    @Test
    void aCountOfAWholeAMonthlyCountAndTheWebScoreWithItsPartsReadBackAsTyped() throws Exception {
        List<Path> before = folders.inboxFiles();
        var whole = new MultipartForm().field("xa", other).field("bo", "2023-2025").field("ma", "2.2").field("nam", "2024")
                .field("giaTri", "12").field("mauSo", "1.250").post(analyst, "api/khai-bao");
        assertThat(whole.statusCode()).as(whole.body()).isEqualTo(201);
        Declaration share = onlyNewLine(before);
        assertThat(share.getValue()).isEqualTo(12.0);
        assertThat(share.getDenominatorValue()).isEqualTo(1250.0);
        assertThat(share.getMet()).isNull();
        assertThat(share.getDeclaredBy()).as("an analyst declares on the commune's behalf, under its own login").isEqualTo("phantich");

        before = folders.inboxFiles();
        var monthly = new MultipartForm().field("xa", OWN).field("bo", "2026").field("ma", "30").field("nam", "2026").field("thang", "2026-03")
                .field("giaTri", "4").post(officer, "api/khai-bao");
        assertThat(monthly.statusCode()).as(monthly.body()).isEqualTo(201);
        Declaration month = onlyNewLine(before);
        assertThat(month.getMonth()).isEqualTo("2026-03");
        assertThat(month.getValue()).isEqualTo(4.0);

        before = folders.inboxFiles();
        var web = new MultipartForm().field("xa", OWN).field("bo", "2026").field("ma", "29").field("nam", "2026").field("giaTri", "18,0")
                .field("chiTiet.web.dx_section", "co").field("chiTiet.web.dx_link", "khong")
                .file("minhChung", "chuyen-muc.png", "image/png", PNG).post(officer, "api/khai-bao");
        assertThat(web.statusCode()).as(web.body()).isEqualTo(201);
        Declaration score = onlyNewLine(before);
        assertThat(score.getValue()).isEqualTo(18.0);
        assertThat(score.getParts()).isEqualTo(Map.of("web.dx_section", 1.0, "web.dx_link", 0.0));
        assertThat(score.getEvidence().getFirst().getTitle()).as("no title typed: the file's name").isEqualTo("chuyen-muc.png");
    }

    private record Refusal(String what, SignedIn as, MultipartForm form, int status, String says) {
    }

    @Test
    void everyRefusalSaysWhyInVietnameseAndLeavesBothFoldersAsTheyWere() throws Exception {
        List<Path> inbox = folders.inboxFiles();
        List<Path> evidence = folders.evidenceFiles();
        byte[] xlsxAsDocx = zip("xl/workbook.xml");
        List<Refusal> refusals = List.of(
                new Refusal("officer for another commune", officer, yes(other).file("minhChung", "a.pdf", "application/pdf", PDF), 403, "xã của mình"),
                new Refusal("yes without evidence", officer, yes(OWN), 400, "phải kèm ít nhất một tài liệu minh chứng"),
                new Refusal("a PNG named .pdf", officer, yes(OWN).file("minhChung", "bien-ban.pdf", "application/pdf", PNG), 400,
                        "nội dung không phải tệp PDF"),
                new Refusal("a workbook named .docx", officer, yes(OWN).file("minhChung", "ke-hoach.docx", "application/octet-stream", xlsxAsDocx), 400,
                        "không phải tệp DOCX"),
                new Refusal("an executable", officer, yes(OWN).file("minhChung", "setup.exe", "application/octet-stream", PDF), 400, "chỉ nhận tệp PDF"),
                new Refusal("a document over the limit", officer, yes(OWN).file("minhChung", "lon.pdf", "application/pdf", large()), 400,
                        "vượt quá dung lượng tối đa"),
                new Refusal("an indicator not in the set", officer, count(OWN, "2026", "99", "3"), 400, "không do xã tự khai báo"),
                new Refusal("an indicator measured by a system", officer, count(OWN, "2026", "9", "3"), 400, "không do xã tự khai báo"),
                new Refusal("a year outside the set", officer, new MultipartForm().field("xa", OWN).field("bo", "2026").field("ma", "3").field("nam", "2025")
                        .field("giaTri", "3"), 400, "không thuộc bộ chỉ tiêu"),
                new Refusal("a month of another year", officer, count(OWN, "2026", "30", "3").field("thang", "2025-12"), 400, "tháng của năm 2026"),
                new Refusal("more counted than the whole", officer, count(OWN, "2023-2025", "2.2", "30").field("mauSo", "20"), 400,
                        "không được lớn hơn tổng số"),
                new Refusal("a number that is not one", officer, count(OWN, "2026", "3", "mười hai"), 400, "không phải là một số"),
                new Refusal("a reviewer", reviewer, yes(OWN).file("minhChung", "a.pdf", "application/pdf", PDF), 403, "chỉ xem khai báo"),
                new Refusal("a reporting body", body, yes(OWN).file("minhChung", "a.pdf", "application/pdf", PDF), 403, "chỉ được nộp báo cáo"));
        List<String> wrong = new ArrayList<>();
        for (Refusal refusal : refusals) {
            var response = refusal.form().post(refusal.as(), "api/khai-bao");
            String loi = response.body().startsWith("{") ? new ObjectMapper().readTree(response.body()).path("loi").asText() : response.body();
            if (response.statusCode() != refusal.status() || !loi.contains(refusal.says())) {
                wrong.add(refusal.what() + ": " + response.statusCode() + " " + loi);
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(folders.inboxFiles()).isEqualTo(inbox);
        assertThat(folders.evidenceFiles()).isEqualTo(evidence);
    }

    @Test
    void aDeclarationWithoutTheSessionsCsrfTokenIsRefusedAndWritesNothing() throws Exception {
        List<Path> inbox = folders.inboxFiles();
        List<Path> evidence = folders.evidenceFiles();
        MultipartForm form = yes(OWN).file("minhChung", "a.pdf", "application/pdf", PDF);
        var response = officer.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url() + "api/khai-bao"))
                .header("Cookie", "cds_phien=" + officer.sessionCookie()).header("Content-Type", form.contentType())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(form.bytes())).build(), java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(new ObjectMapper().readTree(response.body()).get("loi").asText()).contains("CSRF");
        assertThat(folders.inboxFiles()).isEqualTo(inbox);
        assertThat(folders.evidenceFiles()).isEqualTo(evidence);
    }

    @Test
    void evidenceIsDownloadedOnlyByViewersWhoseScopeHoldsTheCommune() throws Exception {
        byte[] photo = PNG.clone();
        photo[photo.length - 1] = 42;
        var response = new MultipartForm().field("xa", other).field("bo", "2023-2025").field("ma", "4.6").field("nam", "2025").field("dat", "co")
                .file("minhChung", "camera.png", "image/png", photo).post(analyst, "api/khai-bao");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String link = new ObjectMapper().readTree(response.body()).at("/minhChung/0/duongDan").asText().substring(1);
        assertThat(link).isEqualTo("api/khai-bao/minh-chung/" + other + "/2025/sha256-" + sha256(photo) + ".png");

        assertThat(analyst.bytes(link).body()).isEqualTo(photo);
        assertThat(officer.bytes(link).statusCode()).isEqualTo(403);
        assertThat(reviewer.bytes(link).statusCode()).isEqualTo(403);
        assertThat(body.bytes(link).statusCode()).isEqualTo(403);
        assertThat(officer.get("api/khai-bao/minh-chung/" + OWN + "/2025/sha256-" + "0".repeat(64) + ".png").statusCode()).isEqualTo(404);
        assertThat(officer.get("api/khai-bao/minh-chung/" + OWN + "/2025/..%2F..%2Fcommunes.csv").statusCode()).isEqualTo(404);
    }

    @Test
    void thePageListsTheNewestReceivedDeclarationPerIndicatorWithItsEvidenceLink() throws Exception {
        String reference = OWN + "/2025/sha256-" + "a".repeat(64) + ".pdf";
        dashboards.clickHouse().execute("INSERT INTO cds.raw_declaration (declaration_id, commune_code, indicator_set, indicator_code, year, month, met,"
                + " value, parts, denominator_value, evidence, declared_by, declared_at) VALUES"
                + " ('d1', '" + OWN + "', '2023-2025', '4.7', 2025, NULL, false, NULL, map(), NULL, [], 'canboxa', '2026-01-10 09:00:00.000'),"
                + " ('d2', '" + OWN + "', '2023-2025', '4.7', 2025, NULL, true, NULL, map(), NULL, [('Quyết định 7/QĐ-UBND', '" + reference + "'),"
                + " ('Sổ theo dõi', '12/STD')], 'canboxa', '2026-02-10 09:00:00.000'),"
                + " ('d3', '" + other + "', '2023-2025', '4.7', 2025, NULL, true, NULL, map(), NULL, [], 'khac', '2026-03-10 09:00:00.000')");

        JsonNode page = officer.json("api/khai-bao?xa=" + OWN + "&bo=2023-2025&nam=2025");
        List<JsonNode> rows = new ArrayList<>();
        page.get("daNhan").forEach(row -> {
            if (row.get("ma").asText().equals("4.7")) {
                rows.add(row);
            }
        });
        assertThat(rows).hasSize(1);
        JsonNode newest = rows.getFirst();
        assertThat(newest.get("dat").asBoolean()).isTrue();
        assertThat(newest.get("thoiGian").asText()).isEqualTo("2026-02-10T02:00:00Z");
        assertThat(newest.at("/minhChung/0/duongDan").asText()).isEqualTo("/api/khai-bao/minh-chung/" + reference);
        assertThat(newest.at("/minhChung/1/duongDan").isNull()).as("a document number, not a kept file").isTrue();
        assertThat(newest.get("ten").asText()).startsWith("Hệ thống đài truyền thanh");
        assertThat(page.get("tenXa").asText()).isEqualTo(dashboards.communes().commune(OWN).orElseThrow().name());
        assertThat(page.get("coTheKhaiBao").asBoolean()).isTrue();
        assertThat(reviewer.json("api/khai-bao?xa=" + OWN).get("coTheKhaiBao").asBoolean()).isFalse();
        assertThat(officer.get("api/khai-bao?xa=" + other).statusCode()).isEqualTo(403);
        assertThat(body.get("api/khai-bao").statusCode()).isEqualTo(403);
    }

    @Test
    void theCommunePageAndItsExportsCarryTheNewestDeclarationsEvidenceInScopeOnly() throws Exception {
        String kept = OWN + "/2024/sha256-" + "b".repeat(64) + ".pdf";
        String foreign = other + "/2024/sha256-" + "c".repeat(64) + ".pdf";
        // Rows as the sink writes them: an older declaration of 4.6, its newer one with a kept file and a
        // document number, and another commune's declaration of the same indicator.
        dashboards.clickHouse().execute("INSERT INTO cds.raw_declaration (declaration_id, commune_code, indicator_set, indicator_code, year, month, met,"
                + " value, parts, denominator_value, evidence, declared_by, declared_at) VALUES"
                + " ('e1', '" + OWN + "', '2023-2025', '4.6', 2024, NULL, true, NULL, map(), NULL, [('Bản cũ', '" + OWN + "/2024/sha256-" + "d".repeat(64) + ".pdf')],"
                + " 'canboxa', '2025-03-01 09:00:00.000'),"
                + " ('e2', '" + OWN + "', '2023-2025', '4.6', 2024, NULL, true, NULL, map(), NULL, [('Quyết định 9/QĐ-UBND', '" + kept + "'),"
                + " ('Sổ theo dõi', '15/STD')], 'canboxa', '2025-04-01 09:00:00.000'),"
                + " ('e3', '" + other + "', '2023-2025', '4.6', 2024, NULL, true, NULL, map(), NULL, [('Của xã khác', '" + foreign + "')],"
                + " 'khac', '2025-05-01 09:00:00.000')");

        JsonNode page = officer.json("api/xa/" + OWN + "?bo=2023-2025&nam=2024");
        JsonNode documents = page.at("/evidence/4.6");
        assertThat(documents).hasSize(2);
        assertThat(documents.get(0).get("ten").asText()).isEqualTo("Quyết định 9/QĐ-UBND");
        assertThat(documents.get(0).get("duongDan").asText()).isEqualTo("/api/khai-bao/minh-chung/" + kept);
        assertThat(documents.get(1).get("ten").asText()).isEqualTo("Sổ theo dõi");
        assertThat(documents.get(1).get("duongDan").isNull()).as("a document number, not a kept file").isTrue();
        JsonNode row = null;
        for (JsonNode r : page.at("/tables/chi-tieu/rows")) {
            if (r.get("ma").asText().equals("4.6")) {
                row = r;
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.get("minh-chung").asText()).isEqualTo("Quyết định 9/QĐ-UBND; Sổ theo dõi");
        assertThat(page.at("/evidence/4.5").isMissingNode()).as("nothing declared for 4.5 in 2024").isTrue();
        assertThat(officer.json("api/xa/" + OWN + "?bo=2023-2025&nam=2025").at("/evidence/4.6").isMissingNode()).as("another year").isTrue();

        String csv = new String(officer.bytes("api/xuat/xa/chi-tieu.csv?ma=" + OWN + "&bo=2023-2025&nam=2024").body(), StandardCharsets.UTF_8);
        List<org.apache.commons.csv.CSVRecord> records = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(csv.substring(1))).getRecords();
        assertThat(records.stream().filter(r -> r.get("Mã").equals("4.6")).findFirst().orElseThrow().get("Minh chứng"))
                .isEqualTo("Quyết định 9/QĐ-UBND; Sổ theo dõi");
        assertThat(csv).doesNotContain("Của xã khác").doesNotContain("Bản cũ");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                officer.bytes("api/xuat/xa/chi-tieu.xlsx?ma=" + OWN + "&bo=2023-2025&nam=2024").body()))) {
            List<String> cells = new ArrayList<>();
            workbook.getSheetAt(0).forEach(r -> r.forEach(c -> cells.add(c.toString())));
            assertThat(cells).contains("Minh chứng", "Quyết định 9/QĐ-UBND; Sổ theo dõi").doesNotContain("Của xã khác");
        }

        // The other commune's evidence: refused to the officer by URL, page, API and export alike; the analyst sees it with its link.
        assertThat(officer.get("api/xa/" + other + "?bo=2023-2025&nam=2024").statusCode()).isEqualTo(403);
        assertThat(officer.get("api/xuat/xa/chi-tieu.csv?ma=" + other + "&bo=2023-2025&nam=2024").statusCode()).isEqualTo(403);
        assertThat(officer.get("api/khai-bao/minh-chung/" + foreign).statusCode()).isEqualTo(403);
        assertThat(analyst.json("api/xa/" + other + "?bo=2023-2025&nam=2024").at("/evidence/4.6/0/duongDan").asText())
                .isEqualTo("/api/khai-bao/minh-chung/" + foreign);
    }

    @Test
    void theFormOffersTheCatalogsDeclaredIndicatorsWithTheirFields() throws Exception {
        JsonNode items = officer.json("api/khai-bao?bo=2023-2025&nam=2025").get("chiTieu");
        Map<String, String> kinds = new java.util.TreeMap<>();
        items.forEach(item -> kinds.put(item.get("code").asText(), item.get("kind").asText()));
        // Seed 000's table: 4.5 public Wi-Fi is a yes/no item; 2.2 counts OCOP products over all of them;
        // 1.3 (documents signed digitally) is counted from the document-management export, not declared.
        assertThat(kinds).containsEntry("4.5", "YES_NO").containsEntry("2.2", "COUNT_OF_WHOLE").doesNotContainKey("1.3");
        JsonNode items2026 = officer.json("api/khai-bao?bo=2026&nam=2026").get("chiTieu");
        JsonNode item30 = null;
        JsonNode item29 = null;
        JsonNode item3 = null;
        for (JsonNode item : items2026) {
            if (item.get("code").asText().equals("3")) {
                item3 = item;
            }
            if (item.get("code").asText().equals("30")) {
                item30 = item;
            }
            if (item.get("code").asText().equals("29")) {
                item29 = item;
            }
        }
        assertThat(item30).isNotNull();
        assertThat(item30.get("monthly").asBoolean()).isTrue();
        assertThat(item29).isNotNull();
        assertThat(item29.get("parts").size()).isEqualTo(2);
        // Seed 004 item 3 is a share (%) of officials trained: the commune types a number of officials, not a percentage.
        assertThat(item3).isNotNull();
        assertThat(item3.get("kind").asText()).isEqualTo("COUNT");
        assertThat(item3.get("unit").isNull()).isTrue();
    }

    private Declaration onlyNewLine(List<Path> before) throws Exception {
        List<Path> added = new ArrayList<>(folders.inboxFiles());
        added.removeAll(before);
        assertThat(added).hasSize(1);
        Path file = added.getFirst();
        assertThat(file.getFileName().toString()).endsWith(".jsonl").doesNotStartWith(".");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(1);
        Parsed<Declaration> parsed = folders.mapping().map(lines.getFirst(), file.getFileName().toString(), 1);
        assertThat(parsed).isInstanceOf(Parsed.Accepted.class);
        return ((Parsed.Accepted<Declaration>) parsed).value();
    }

    private static MultipartForm yes(String commune) {
        return new MultipartForm().field("xa", commune).field("bo", "2023-2025").field("ma", "4.5").field("nam", "2025").field("dat", "co");
    }

    private static MultipartForm count(String commune, String set, String code, String value) {
        return new MultipartForm().field("xa", commune).field("bo", set).field("ma", code).field("nam", set.equals("2026") ? "2026" : "2024")
                .field("giaTri", value);
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    static byte[] zip(String entry) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static byte[] large() {
        byte[] bytes = new byte[(int) DeclarationFolders.EVIDENCE_MAX_BYTES + 1];
        System.arraycopy(PDF, 0, bytes, 0, PDF.length);
        return bytes;
    }
}
