package vn.thanhhoa.cds.reports.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.adminunits.ReferenceData;
import vn.thanhhoa.cds.catalog.load.CatalogLoader;
import vn.thanhhoa.cds.reports.StoreFixture;
import vn.thanhhoa.cds.reports.archive.GeneratedReport;
import vn.thanhhoa.cds.reports.archive.ReportArchive;
import vn.thanhhoa.cds.reports.archive.ReportFormat;
import vn.thanhhoa.cds.reports.generation.MonthlyReportRun;
import vn.thanhhoa.cds.reports.generation.ReportGenerator;
import vn.thanhhoa.cds.reports.monthly.IndicatorValueHistory;
import vn.thanhhoa.cds.reports.monthly.KeyRatios;
import vn.thanhhoa.cds.reports.monthly.MonthlyReportAssembler;
import vn.thanhhoa.cds.reports.monthly.ReportMonth;
import vn.thanhhoa.cds.reports.pdf.Letterhead;
import vn.thanhhoa.cds.reports.pdf.ReportFonts;
import vn.thanhhoa.cds.store.embedded.EmbeddedClickHouse;

/**
 * A real monthly report archived and delivered: a GreenMail SMTP server receives the e-mail with
 * both files, a JDK HTTP server receives the webhooks; an endpoint that always fails is tried the
 * policy's number of times and the failure recorded, one that fails once gets it on the second try.
 */
class ReportDeliveryTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    static Path directory;
    static EmbeddedClickHouse clickHouse;
    static HttpServer webhooks;
    static final List<String> received = new CopyOnWriteArrayList<>();
    static final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    static List<GeneratedReport> files;

    @BeforeAll
    static void start() throws IOException {
        clickHouse = StoreFixture.open(directory);
        webhooks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        webhooks.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            int call = calls.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status = switch (path) {
                case "/always-down" -> 503;
                case "/down-once" -> call == 1 ? 500 : 204;
                default -> 204;
            };
            if (status == 204) {
                received.add(path + " " + new String(body, StandardCharsets.UTF_8));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        webhooks.start();
        Clock clock = Clock.fixed(OffsetDateTime.parse("2024-04-01T06:00+07:00").toInstant(), ReportMonth.PROVINCE_ZONE);
        MonthlyReportAssembler assembler = new MonthlyReportAssembler(CatalogLoader.builtIn(), ReferenceData.load().units(),
                new IndicatorValueHistory(clickHouse, StoreFixture.DATABASE), KeyRatios.DEFAULT, clock);
        files = new ReportGenerator(assembler, ReportFonts.load(), Letterhead.DEFAULT)
                .generate("397", ReportMonth.parse("2024-03"), List.of(ReportFormat.PDF, ReportFormat.XLSX), List.of());
    }

    @AfterAll
    static void stop() {
        webhooks.stop(0);
        clickHouse.close();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + webhooks.getAddress().getPort() + path;
    }

    private ReportDelivery delivery() {
        MailSettings mail = new MailSettings("127.0.0.1", smtp.getSmtp().getPort(), "bao-cao@cds.thanhhoa.gov.vn", "", "", false);
        RetryingDelivery retrying = new RetryingDelivery(new RetryPolicy(3, Duration.ofMillis(20), Duration.ofMillis(80)),
                new DeliveryAttempts(clickHouse, StoreFixture.DATABASE), Clock.systemUTC());
        return new ReportDelivery(new EmailSender(mail), new WebhookSender(Duration.ofSeconds(5)), retrying, "https://cds.thanhhoa.gov.vn/bao-cao/");
    }

    @Test
    void theArchiveKeepsTheBytesAndTheirSha256() throws Exception {
        ReportArchive archive = new ReportArchive(clickHouse, StoreFixture.DATABASE, Optional.empty());
        ReportArchive onDisk = new ReportArchive(clickHouse, StoreFixture.DATABASE, Optional.of(directory.resolve("archive")));
        archive.store(files.get(0));
        onDisk.store(files.get(1));
        archive.store(files.get(0)); // a retried write: still one row
        List<ReportArchive.ArchivedReport> rows = archive.list("397", java.time.YearMonth.of(2024, 3));
        assertThat(rows).extracting(ReportArchive.ArchivedReport::format).containsExactlyInAnyOrder(ReportFormat.PDF, ReportFormat.XLSX);
        for (GeneratedReport file : files) {
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file.content()));
            ReportArchive.ArchivedReport row = rows.stream().filter(r -> r.reportId().equals(file.reportId())).findFirst().orElseThrow();
            assertThat(row.sha256()).isEqualTo(sha);
            assertThat(row.sizeBytes()).isEqualTo(file.content().length);
            assertThat(archive.content(file.reportId())).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(file.content()));
        }
        assertThat(rows.stream().filter(r -> r.format() == ReportFormat.XLSX).findFirst().orElseThrow().filePath()).startsWith(directory.toString());
    }

    @Test
    void theReviewerGetsBothFilesByMailAndTheWebhookALink() throws Exception {
        List<Recipient> failed = delivery().deliver(files, new RecipientList("397",
                List.of(Recipient.email("phong-vhxh@trieuson.thanhhoa.gov.vn"), Recipient.webhook(url("/ok"))), List.of()));
        assertThat(failed).isEmpty();
        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("Báo cáo chỉ tiêu chuyển đổi số tháng 3 năm 2024 — Huyện Triệu Sơn");
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("phong-vhxh@trieuson.thanhhoa.gov.vn");
        Multipart parts = (Multipart) mail.getContent();
        assertThat(parts.getCount()).isEqualTo(3);
        assertThat((String) parts.getBodyPart(0).getContent()).contains("tháng 3 năm 2024 của Huyện Triệu Sơn");
        List<String> names = new ArrayList<>();
        for (int i = 1; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            String name = part.getFileName();
            names.add(name);
            byte[] bytes = part.getInputStream().readAllBytes();
            GeneratedReport file = files.stream().filter(f -> f.fileName().equals(name)).findFirst().orElseThrow();
            assertThat(bytes).isEqualTo(file.content());
        }
        assertThat(names).containsExactly("bao-cao-cds-397-2024-03.pdf", "bao-cao-cds-397-2024-03.xlsx");

        String webhook = received.stream().filter(r -> r.startsWith("/ok ")).findFirst().orElseThrow().substring(4);
        JsonNode document = JsonMapper.builder().build().readTree(webhook);
        assertThat(document.get("unitName").asText()).isEqualTo("Huyện Triệu Sơn");
        assertThat(document.get("month").asText()).isEqualTo("2024-03");
        assertThat(document.get("files")).hasSize(2);
        assertThat(document.get("files").get(0).get("link").asText()).isEqualTo("https://cds.thanhhoa.gov.vn/bao-cao/" + files.get(0).reportId());
        assertThat(document.get("files").get(1).get("sha256").asText()).isEqualTo(files.get(1).sha256());
    }

    @Test
    void theScheduledRunOnTheFirstMakesLastMonthArchivesAndSendsIt() throws Exception {
        Path recipientsFile = directory.resolve("recipients.json");
        java.nio.file.Files.writeString(recipientsFile, """
                {"reportRecipients": [{"unit": "397", "copiesTo": ["UBND huyện Triệu Sơn (để báo cáo);"],
                                       "email": ["lanh-dao@trieuson.thanhhoa.gov.vn"], "webhook": ["%s"]}]}
                """.formatted(url("/scheduled")));
        // Half a minute after the other tests' reports of the same month: archived with the same generation time,
        // one of theirs could be picked below for this run's.
        Clock clock = Clock.fixed(OffsetDateTime.parse("2024-04-01T06:00:30+07:00").toInstant(), ReportMonth.PROVINCE_ZONE);
        MonthlyReportAssembler assembler = new MonthlyReportAssembler(CatalogLoader.builtIn(), ReferenceData.load().units(),
                new IndicatorValueHistory(clickHouse, StoreFixture.DATABASE), KeyRatios.DEFAULT, clock);
        ReportArchive archive = new ReportArchive(clickHouse, StoreFixture.DATABASE, Optional.empty());
        MonthlyReportRun run = new MonthlyReportRun(new ReportGenerator(assembler, ReportFonts.load(), Letterhead.DEFAULT), archive, delivery(),
                RecipientsFile.read(recipientsFile));
        run.runScheduled(java.time.ZonedDateTime.now(clock), List.of("397"));

        assertThat(received.stream().filter(r -> r.startsWith("/scheduled ")).toList()).hasSize(1);
        List<MimeMessage> mails = java.util.Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals("lanh-dao@trieuson.thanhhoa.gov.vn");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().getSubject()).contains("tháng 3 năm 2024");
        List<ReportArchive.ArchivedReport> archived = archive.list("397", java.time.YearMonth.of(2024, 3));
        assertThat(archived).extracting(ReportArchive.ArchivedReport::generatedAt).contains(clock.instant());
        // The recipient list's "Nơi nhận" is printed in the PDF.
        byte[] pdf = archive.content(archived.stream().filter(a -> a.format() == ReportFormat.PDF && a.generatedAt().equals(clock.instant()))
                .findFirst().orElseThrow().reportId()).orElseThrow();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("UBND huyện Triệu Sơn (để báo cáo);");
        }
    }

    @Test
    void aFailingEndpointIsRetriedWithBackOffAndTheFailureRecorded() {
        List<Recipient> failed = delivery().deliver(files, new RecipientList("397",
                List.of(Recipient.webhook(url("/always-down")), Recipient.webhook(url("/down-once"))), List.of()));
        assertThat(failed).containsExactly(Recipient.webhook(url("/always-down")));
        assertThat(calls.get("/always-down").get()).isEqualTo(3);
        assertThat(calls.get("/down-once").get()).isEqualTo(2);

        GeneratedReport first = files.getFirst();
        List<DeliveryAttempts.Attempt> attempts = new DeliveryAttempts(clickHouse, StoreFixture.DATABASE)
                .of(ReportDelivery.SUBJECT_KIND, "397-2024-03-" + first.generatedAt().toEpochMilli());
        List<DeliveryAttempts.Attempt> down = attempts.stream().filter(a -> a.recipient().endsWith("/always-down")).toList();
        assertThat(down).extracting(DeliveryAttempts.Attempt::outcome).containsExactly(DeliveryAttempts.Outcome.FAILED,
                DeliveryAttempts.Outcome.FAILED, DeliveryAttempts.Outcome.GAVE_UP);
        assertThat(down).allSatisfy(a -> assertThat(a.error()).contains("HTTP 503"));
        // Back-off: 20 ms after the first failure, 40 ms after the second.
        assertThat(Duration.between(down.get(0).attemptedAt(), down.get(2).attemptedAt())).isGreaterThanOrEqualTo(Duration.ofMillis(60));
        assertThat(attempts.stream().filter(a -> a.recipient().endsWith("/down-once")).toList())
                .extracting(DeliveryAttempts.Attempt::outcome).containsExactly(DeliveryAttempts.Outcome.FAILED, DeliveryAttempts.Outcome.DELIVERED);
    }
}
