package vn.thanhhoa.cds.reports.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.adminunits.ReferenceData;
import vn.thanhhoa.cds.adminunits.unit.AdministrativeUnits;
import vn.thanhhoa.cds.reports.StoreFixture;
import vn.thanhhoa.cds.reports.delivery.EmailSender;
import vn.thanhhoa.cds.reports.delivery.MailSettings;
import vn.thanhhoa.cds.reports.delivery.Recipient;
import vn.thanhhoa.cds.reports.delivery.RecipientsFile;
import vn.thanhhoa.cds.reports.delivery.RetryPolicy;
import vn.thanhhoa.cds.reports.delivery.WebhookSender;
import vn.thanhhoa.cds.runtime.EmbeddedStack;
import vn.thanhhoa.cds.runtime.StackConfig;
import vn.thanhhoa.cds.schemas.alert.AlertKind;
import vn.thanhhoa.cds.schemas.alert.CommuneAlert;
import vn.thanhhoa.cds.schemas.serde.ConfluentWireFormat;
import vn.thanhhoa.cds.store.migration.Migrations;

/**
 * The notifier on the real embedded stack (Kafka broker, schema registry, ClickHouse): alerts
 * produced in the engine's wire format to a topic, read by the notifier, mailed to GreenMail and
 * posted to a JDK HTTP server.
 */
class AlertNotifierTest {

    private static final String HAM_RONG = "14758";
    private static final String HAC_THANH = "14797";

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    static Path directory;
    static EmbeddedStack stack;
    static AdministrativeUnits units;
    static HttpServer webhooks;
    static final List<String[]> posted = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        stack = EmbeddedStack.start(StackConfig.in(directory.resolve("stack")));
        new Migrations(stack.clickHouse(), StoreFixture.DATABASE).apply();
        units = ReferenceData.load().units();
        webhooks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        webhooks.createContext("/", exchange -> {
            posted.add(new String[] {exchange.getRequestURI().getPath(), exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)});
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        webhooks.start();
    }

    @AfterAll
    static void stop() {
        webhooks.stop(0);
        stack.close();
    }

    @Test
    void oneMessagePerAlertIdAndChannelAcrossRestartsOfTheNotifier() throws Exception {
        String topic = topic("alert.restart");
        Notifications notifications = notifications("""
                {"subscriptions": [
                  {"id": "tinh-mail", "role": "PROVINCE_ANALYST", "channel": "EMAIL", "address": "phan-tich@skhcn.thanhhoa.gov.vn"},
                  {"id": "tinh-hook", "role": "PROVINCE_ANALYST", "channel": "WEBHOOK", "address": "%s"}]}
                """.formatted(url("/restart")));
        produce(topic, alert("A1", HAM_RONG, "Phường Hàm Rồng", "9", "2026-11-20T09:00+07:00"),
                alert("A2", HAC_THANH, "Phường Hạc Thành", "4", "2026-11-20T09:05+07:00"));
        try (AlertNotifier first = notifier(topic, "notifier", notifications)) {
            awaitUntil(() -> mailsTo("phan-tich@skhcn.thanhhoa.gov.vn").size() == 2 && hooks("/restart").size() == 2);
        }
        // The engine replays A1 while the notifier is down, and raises A3.
        produce(topic, alert("A1", HAM_RONG, "Phường Hàm Rồng", "9", "2026-11-20T09:00+07:00"),
                alert("A3", HAM_RONG, "Phường Hàm Rồng", "13", "2026-11-20T10:00+07:00"));
        try (AlertNotifier resumed = notifier(topic, "notifier", notifications)) {
            awaitUntil(() -> hooks("/restart").size() >= 3 && mailsTo("phan-tich@skhcn.thanhhoa.gov.vn").size() >= 3);
        }
        // Offsets lost altogether (a new group reads the topic from its start): the ledger still knows what went out.
        produce(topic, alert("A4", HAC_THANH, "Phường Hạc Thành", "27", "2026-11-20T11:00+07:00"));
        try (AlertNotifier reread = notifier(topic, "notifier-with-no-offsets", notifications)) {
            awaitUntil(() -> hooks("/restart").stream().anyMatch(h -> h[1].endsWith("A4|BELOW")));
        }
        assertThat(hooks("/restart").stream().map(h -> h[1]).toList())
                .containsExactlyInAnyOrder("A1|BELOW", "A2|BELOW", "A3|BELOW", "A4|BELOW");
        for (String[] hook : hooks("/restart")) {
            assertThat(JsonMapper.builder().build().readTree(hook[2]).get("alertId").asText()).isEqualTo(hook[1]);
        }
        List<String> subjects = new ArrayList<>();
        for (MimeMessage mail : mailsTo("phan-tich@skhcn.thanhhoa.gov.vn")) {
            subjects.add(mail.getSubject());
        }
        assertThat(subjects).containsExactlyInAnyOrder(
                "[Cảnh báo CĐS] Dưới chỉ tiêu: Phường Hàm Rồng, chỉ tiêu 9",
                "[Cảnh báo CĐS] Dưới chỉ tiêu: Phường Hạc Thành, chỉ tiêu 4",
                "[Cảnh báo CĐS] Dưới chỉ tiêu: Phường Hàm Rồng, chỉ tiêu 13",
                "[Cảnh báo CĐS] Dưới chỉ tiêu: Phường Hạc Thành, chỉ tiêu 27");
    }

    @Test
    void aDigestGroupsTheDaysAlertsOnce() throws Exception {
        String topic = topic("alert.digest");
        Notifications notifications = notifications("""
                {"subscriptions": [{"id": "tinh-ngay", "role": "PROVINCE_ANALYST", "channel": "EMAIL",
                                    "address": "tong-hop@skhcn.thanhhoa.gov.vn", "cadence": "DAILY_DIGEST"}]}
                """);
        produce(topic, alert("D1", HAM_RONG, "Phường Hàm Rồng", "9", "2026-11-20T08:00+07:00"),
                alert("D2", HAC_THANH, "Phường Hạc Thành", "4", "2026-11-20T13:00+07:00"),
                alert("D3", HAM_RONG, "Phường Hàm Rồng", "13", "2026-11-20T23:30+07:00"),
                // 00:30 on the 21st in Thanh Hóa (17:30 UTC on the 20th): the next day's digest.
                alert("D4", "14812", "Phường Bỉm Sơn", "27", "2026-11-21T00:30+07:00"));
        DigestQueue queue = new DigestQueue(stack.clickHouse(), StoreFixture.DATABASE);
        Recipient recipient = Recipient.email("tong-hop@skhcn.thanhhoa.gov.vn");
        try (AlertNotifier notifier = notifier(topic, "digest", notifications)) {
            awaitUntil(() -> queue.itemsOf(recipient, LocalDate.of(2026, 11, 21)).size() == 1);
        }
        assertThat(mailsTo("tong-hop@skhcn.thanhhoa.gov.vn")).isEmpty();
        assertThat(notifications.digest().send(LocalDate.of(2026, 11, 20))).isEqualTo(1);
        assertThat(notifications.digest().send(LocalDate.of(2026, 11, 20))).isEqualTo(1);
        List<MimeMessage> mails = mailsTo("tong-hop@skhcn.thanhhoa.gov.vn");
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().getSubject()).isEqualTo("[Cảnh báo CĐS] Tổng hợp ngày 20/11/2026: 3 cảnh báo");
        String body = GreenMailUtil.getBody(mails.getFirst());
        String text = new String(jakarta.mail.internet.MimeUtility.decode(new java.io.ByteArrayInputStream(body.getBytes(StandardCharsets.US_ASCII)),
                "quoted-printable").readAllBytes(), StandardCharsets.UTF_8);
        assertThat(text).contains("1. Phường Hàm Rồng — chỉ tiêu 9", "2. Phường Hạc Thành — chỉ tiêu 4", "3. Phường Hàm Rồng — chỉ tiêu 13")
                .doesNotContain("Bỉm Sơn");
    }

    @Test
    void aMutedIndicatorSendsNothingAndAnOfficerHearsOnlyOfTheirCommune() throws Exception {
        String topic = topic("alert.scope");
        Notifications notifications = notifications("""
                {"subscriptions": [
                  {"id": "tinh-tat-9", "role": "PROVINCE_ANALYST", "channel": "EMAIL", "address": "tat-9@skhcn.thanhhoa.gov.vn", "mutedIndicators": ["9"]},
                  {"id": "ham-rong", "role": "COMMUNE_OFFICER", "unit": "14758", "channel": "WEBHOOK", "address": "%s"}]}
                """.formatted(url("/ham-rong")));
        produce(topic, alert("M1", HAM_RONG, "Phường Hàm Rồng", "9", "2026-11-22T08:00+07:00"),
                alert("M2", HAC_THANH, "Phường Hạc Thành", "9", "2026-11-22T08:01+07:00"),
                alert("M3", HAM_RONG, "Phường Hàm Rồng", "4", "2026-11-22T08:02+07:00"),
                alert("M4", HAC_THANH, "Phường Hạc Thành", "4", "2026-11-22T08:03+07:00"),
                alert("M5", HAM_RONG, "Phường Hàm Rồng", "27", "2026-11-22T08:04+07:00"));
        try (AlertNotifier notifier = notifier(topic, "scope", notifications)) {
            // M5 is last and goes to both: once both have it, every earlier alert has been dispatched.
            awaitUntil(() -> hooks("/ham-rong").stream().anyMatch(h -> h[1].startsWith("M5"))
                    && mailsTo("tat-9@skhcn.thanhhoa.gov.vn").stream().anyMatch(m -> subject(m).endsWith("chỉ tiêu 27")));
        }
        assertThat(hooks("/ham-rong").stream().map(h -> h[1]).toList()).containsExactlyInAnyOrder("M1|BELOW", "M3|BELOW", "M5|BELOW");
        assertThat(mailsTo("tat-9@skhcn.thanhhoa.gov.vn").stream().map(AlertNotifierTest::subject).toList()).containsExactlyInAnyOrder(
                "[Cảnh báo CĐS] Dưới chỉ tiêu: Phường Hàm Rồng, chỉ tiêu 4",
                "[Cảnh báo CĐS] Dưới chỉ tiêu: Phường Hạc Thành, chỉ tiêu 4",
                "[Cảnh báo CĐS] Dưới chỉ tiêu: Phường Hàm Rồng, chỉ tiêu 27");
    }

    private static Notifications notifications(String json) throws IOException {
        Path file = Files.createTempFile(directory, "recipients", ".json");
        Files.writeString(file, json);
        Subscriptions subscriptions = Subscriptions.read(RecipientsFile.read(file), units, LocalDate.of(2026, 11, 25));
        MailSettings mail = new MailSettings("127.0.0.1", smtp.getSmtp().getPort(), "canh-bao@cds.thanhhoa.gov.vn", "", "", false);
        return Notifications.over(stack.clickHouse(), StoreFixture.DATABASE, subscriptions, units, new EmailSender(mail),
                new WebhookSender(Duration.ofSeconds(5)), new RetryPolicy(2, Duration.ofMillis(20), Duration.ofMillis(40)), Clock.systemUTC());
    }

    private static AlertNotifier notifier(String topic, String group, Notifications notifications) {
        return AlertNotifier.start(stack.bootstrapServers(), stack.registry().url(), topic, group, notifications.dispatcher());
    }

    private static String topic(String name) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(name, 1, (short) 1))).all().get();
        }
        return name;
    }

    private static CommuneAlert alert(String episode, String commune, String name, String code, String raisedAt) {
        return CommuneAlert.newBuilder().setAlertId(episode + "|BELOW").setEpisodeId(episode).setKind(AlertKind.BELOW).setCommuneCode(commune)
                .setCommuneName(name).setIndicatorSet("2026").setIndicatorCode(code).setIndicatorName(null).setYear(2026)
                .setWindowKind("YEAR_TO_DATE").setValue(60.0).setTargetOperator(">=").setTarget(80.0).setNumerator(60.0).setDenominator(100.0)
                .setOwner("Trung tâm Phục vụ hành chính công").setMessage("Tỉ lệ đạt 60,0%, dưới chỉ tiêu 80%: cần thêm 20 để đạt.")
                .setRaisedAt(OffsetDateTime.parse(raisedAt).toInstant()).build();
    }

    private static void produce(String topic, CommuneAlert... alerts) {
        Map<String, Object> config = new HashMap<>(ConfluentWireFormat.serdeConfig(stack.registry().url(), true));
        config.put("bootstrap.servers", stack.bootstrapServers());
        config.put("acks", "all");
        try (KafkaProducer<String, CommuneAlert> producer = new KafkaProducer<>(config, new StringSerializer(), serializer())) {
            for (CommuneAlert alert : alerts) {
                producer.send(new ProducerRecord<>(topic, alert.getAlertId(), alert));
            }
            producer.flush();
        }
    }

    @SuppressWarnings("resource")
    private static org.apache.kafka.common.serialization.Serializer<CommuneAlert> serializer() {
        AvroKafkaSerializer<CommuneAlert> serializer = new AvroKafkaSerializer<>();
        serializer.configure(ConfluentWireFormat.serdeConfig(stack.registry().url(), true), false);
        return serializer;
    }

    private String url(String path) {
        return "http://127.0.0.1:" + webhooks.getAddress().getPort() + path;
    }

    private static List<String[]> hooks(String path) {
        return posted.stream().filter(h -> h[0].equals(path)).toList();
    }

    private static List<MimeMessage> mailsTo(String address) {
        List<MimeMessage> mails = new ArrayList<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            try {
                for (var to : mail.getRecipients(Message.RecipientType.TO)) {
                    if (to.toString().equals(address)) {
                        mails.add(mail);
                    }
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return mails;
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits for a condition the notifier brings about; fails with the condition unmet after a minute. */
    private static void awaitUntil(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the notifier did not deliver what was expected within a minute; mails: "
                        + smtp.getReceivedMessages().length + ", webhooks: " + posted.size());
            }
            Thread.sleep(100);
        }
    }
}
