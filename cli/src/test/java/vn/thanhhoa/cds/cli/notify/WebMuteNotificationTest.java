package vn.thanhhoa.cds.cli.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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
import vn.thanhhoa.cds.reports.delivery.EmailSender;
import vn.thanhhoa.cds.reports.delivery.MailSettings;
import vn.thanhhoa.cds.reports.delivery.RecipientsFile;
import vn.thanhhoa.cds.reports.delivery.RetryPolicy;
import vn.thanhhoa.cds.reports.delivery.WebhookSender;
import vn.thanhhoa.cds.reports.notify.AlertNotice;
import vn.thanhhoa.cds.reports.notify.Notifications;
import vn.thanhhoa.cds.reports.notify.Subscriptions;
import vn.thanhhoa.cds.store.embedded.EmbeddedClickHouse;
import vn.thanhhoa.cds.store.migration.Migrations;

/**
 * A mute set on the dashboard's alert feed silences the notifier for that login's subscription, as
 * cli wires the two over one ClickHouse: the officer mutes indicator 9 through the web API (signed
 * in, CSRF token, as the page does it); the next alert on 9 sends that officer nothing while the
 * province's subscriber still gets it; another indicator still reaches the officer; unmuting
 * restores the officer's mail. Mail goes to GreenMail; alerts are handed to the dispatcher the
 * notifier feeds from Kafka.
 */
class WebMuteNotificationTest {

    private static final String HAM_RONG = "14758";
    private static final String PASSWORD = "Mật-khẩu-thử-2026";
    private static final String OFFICER_MAIL = "vhxh@hamrong.thanhhoa.gov.vn";
    private static final String PROVINCE_MAIL = "cds@skhcn.thanhhoa.gov.vn";

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    static Path directory;
    static EmbeddedClickHouse clickHouse;
    static DashboardServer dashboard;
    static Subscriptions subscriptions;
    static vn.thanhhoa.cds.adminunits.unit.AdministrativeUnits units;

    @BeforeAll
    static void start() throws Exception {
        clickHouse = EmbeddedClickHouse.open(directory.resolve("clickhouse"));
        new Migrations(clickHouse, "cds").apply();
        ReferenceData reference = ReferenceData.load();
        String hash = new PasswordHashes(new SecureRandom()).hash(PASSWORD);
        UserDirectory users = new UserDirectory(List.of(
                new User("xa.hamrong", "Cán bộ văn hóa xã hội Hàm Rồng", Role.COMMUNE_OFFICER, hash, Optional.of(HAM_RONG), Optional.empty()),
                new User("phantich", "Chuyên viên tỉnh", Role.PROVINCE_ANALYST, hash, Optional.empty(), Optional.empty())));
        dashboard = DashboardServer.start(new DashboardSettings("127.0.0.1", 0,
                () -> new PipelineStatus(Instant.parse("2026-11-25T02:00:00Z"), List.of(), PipelineStatus.Connectors.NONE, List.of(), List.of()), null,
                new IndicatorData(clickHouse, "cds", Communes.of(reference, LocalDate.of(2026, 11, 25)), new IndicatorDirectory(CatalogLoader.builtIn())),
                users, Duration.ofMinutes(10), Duration.ofMinutes(30), Clock.systemUTC()));
        Path recipients = Files.writeString(directory.resolve("recipients.json"), """
                {"subscriptions": [
                  {"id": "ham-rong-vhxh", "role": "COMMUNE_OFFICER", "unit": "%s", "channel": "EMAIL", "address": "%s", "login": "xa.hamrong"},
                  {"id": "tinh", "role": "PROVINCE_ANALYST", "channel": "EMAIL", "address": "%s", "login": "phantich"}]}
                """.formatted(HAM_RONG, OFFICER_MAIL, PROVINCE_MAIL));
        subscriptions = Subscriptions.read(RecipientsFile.read(recipients), reference.units(), LocalDate.of(2026, 11, 25));
        units = reference.units();
    }

    @AfterAll
    static void stop() {
        if (dashboard != null) {
            dashboard.close();
        }
        clickHouse.close();
    }

    @Test
    void aMuteMadeOnTheAlertFeedSilencesThatLoginsSubscriptionUntilUnmuted() throws Exception {
        // GreenMail runs for each test: the notifier's mail settings are made here.
        MailSettings mail = new MailSettings("127.0.0.1", smtp.getSmtp().getPort(), "canh-bao@cds.thanhhoa.gov.vn", "", "", false);
        Notifications notifications = Notifications.over(clickHouse, "cds", subscriptions, units, new EmailSender(mail),
                new WebhookSender(Duration.ofSeconds(5)), new RetryPolicy(2, Duration.ofMillis(20), Duration.ofMillis(40)), Clock.systemUTC());
        SignedIn officer = signIn("xa.hamrong");

        notifications.dispatcher().dispatch(alert("W1", "9"));
        assertThat(subjects(OFFICER_MAIL)).containsExactly("chỉ tiêu 9");

        HttpResponse<String> muted = post(officer, "{\"bo\": \"2026\", \"chiTieu\": \"9\", \"xa\": \"\", \"tat\": true}");
        assertThat(muted.statusCode()).as(muted.body()).isEqualTo(200);
        notifications.dispatcher().dispatch(alert("W2", "9"));
        notifications.dispatcher().dispatch(alert("W3", "4"));
        assertThat(subjects(OFFICER_MAIL)).as("W2 on the muted indicator sent nothing to the officer").containsExactly("chỉ tiêu 9", "chỉ tiêu 4");
        assertThat(subjects(PROVINCE_MAIL)).as("the province's subscriber still hears of W2").containsExactly("chỉ tiêu 9", "chỉ tiêu 9", "chỉ tiêu 4");

        HttpResponse<String> unmuted = post(officer, "{\"bo\": \"2026\", \"chiTieu\": \"9\", \"xa\": \"\", \"tat\": false}");
        assertThat(unmuted.statusCode()).isEqualTo(200);
        notifications.dispatcher().dispatch(alert("W4", "9"));
        assertThat(subjects(OFFICER_MAIL)).containsExactly("chỉ tiêu 9", "chỉ tiêu 4", "chỉ tiêu 9");
        assertThat(subjects(PROVINCE_MAIL)).hasSize(4);
    }

    private static AlertNotice alert(String episode, String indicator) {
        return new AlertNotice(episode + "|BELOW", "BELOW", HAM_RONG, Optional.of("Phường Hàm Rồng"), "2026", indicator, Optional.empty(), 2026,
                Optional.of(60.0), Optional.of(">="), Optional.of(80.0), Optional.empty(), "Tỉ lệ đạt 60,0%, dưới chỉ tiêu 80%.", Instant.now());
    }

    private static SignedIn signIn(String login) throws Exception {
        return SignedIn.as(dashboard.url(), login, PASSWORD);
    }

    private static HttpResponse<String> post(SignedIn session, String json) throws Exception {
        return session.send(session.request("api/canh-bao/tat-thong-bao").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The end of each subject ("chỉ tiêu 9") of the mails one address received, in order. */
    private static List<String> subjects(String address) throws MessagingException {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            for (var to : mail.getRecipients(Message.RecipientType.TO)) {
                if (to.toString().equals(address)) {
                    String subject = mail.getSubject();
                    subjects.add(subject.substring(subject.lastIndexOf(", ") + 2));
                }
            }
        }
        return subjects;
    }
}
