package vn.thanhhoa.cds.reports.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import vn.thanhhoa.cds.reports.delivery.RecipientsFile;
import vn.thanhhoa.cds.reports.delivery.RetryPolicy;
import vn.thanhhoa.cds.reports.delivery.WebhookSender;
import vn.thanhhoa.cds.store.ClickHouseValues;
import vn.thanhhoa.cds.store.embedded.EmbeddedClickHouse;

/**
 * A subscription linked to a dashboard login, and the mutes that login set on the alert feed: rows
 * of {@code alert_mute} written here as the web application writes them, alerts handed to the
 * dispatcher, mail to GreenMail.
 */
class NotificationLoginTest {

    private static final String HAM_RONG = "14758";
    private static final String HAC_THANH = "14797";

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    static Path directory;
    static EmbeddedClickHouse clickHouse;
    static AdministrativeUnits units;

    @BeforeAll
    static void open() {
        clickHouse = StoreFixture.open(directory);
        units = ReferenceData.load().units();
    }

    @AfterAll
    static void close() {
        clickHouse.close();
    }

    @Test
    void aLoginsMutesSilenceOnlyItsSubscriptionAndOnlyWhatTheyCover() throws Exception {
        Subscriptions subscriptions = subscriptions("""
                {"subscriptions": [
                  {"id": "tinh-a", "role": "PROVINCE_ANALYST", "channel": "EMAIL", "address": "a@skhcn.thanhhoa.gov.vn", "login": "phantich"},
                  {"id": "tinh-b", "role": "PROVINCE_ANALYST", "channel": "EMAIL", "address": "b@skhcn.thanhhoa.gov.vn"}]}
                """);
        assertThat(subscriptions.all().getFirst().login()).hasValue("phantich");
        assertThat(subscriptions.all().get(1).login()).isEmpty();
        // phantich: 9 muted in Hàm Rồng only; 4 muted everywhere; 13 muted then unmuted (a newer version).
        clickHouse.insert("cds.alert_mute", List.of(mute("9", HAM_RONG, true, 1), mute("4", "", true, 1), mute("13", "", true, 1),
                mute("13", "", false, 2)), null);
        MailSettings mail = new MailSettings("127.0.0.1", smtp.getSmtp().getPort(), "canh-bao@cds.thanhhoa.gov.vn", "", "", false);
        AlertDispatcher dispatcher = Notifications.over(clickHouse, StoreFixture.DATABASE, subscriptions, units, new EmailSender(mail),
                new WebhookSender(Duration.ofSeconds(5)), new RetryPolicy(2, Duration.ofMillis(20), Duration.ofMillis(40)), Clock.systemUTC()).dispatcher();

        dispatcher.dispatch(alert("L1", HAM_RONG, "2026", "9"));
        dispatcher.dispatch(alert("L2", HAC_THANH, "2026", "9"));
        dispatcher.dispatch(alert("L3", HAC_THANH, "2026", "4"));
        dispatcher.dispatch(alert("L4", HAM_RONG, "2026", "13"));
        dispatcher.dispatch(alert("L5", HAM_RONG, "2023-2025", "9"));

        assertThat(alertsTo("a@skhcn.thanhhoa.gov.vn")).containsExactly("L2", "L4", "L5");
        assertThat(alertsTo("b@skhcn.thanhhoa.gov.vn")).containsExactly("L1", "L2", "L3", "L4", "L5");
    }

    @Test
    void aMalformedLoginNamesTheEntry() throws Exception {
        assertThatThrownBy(() -> subscriptions("""
                {"subscriptions": [{"id": "x", "role": "PROVINCE_ANALYST", "channel": "EMAIL", "address": "x@skhcn.thanhhoa.gov.vn", "login": "Phan Tich"}]}
                """)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("subscriptions[0]").hasMessageContaining("'Phan Tich'");
    }

    private static Subscriptions subscriptions(String json) throws Exception {
        Path file = Files.createTempFile(directory, "recipients", ".json");
        Files.writeString(file, json);
        return Subscriptions.read(RecipientsFile.read(file), units, LocalDate.of(2026, 11, 25));
    }

    private static Map<String, Object> mute(String indicator, String commune, boolean muted, long version) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("indicator_set", "2026");
        row.put("indicator_code", indicator);
        row.put("commune_code", commune);
        row.put("login", "phantich");
        row.put("muted", muted);
        row.put("changed_at", ClickHouseValues.dateTime64(Instant.parse("2026-11-25T01:00:00Z").toEpochMilli() + version));
        row.put("version", version);
        return row;
    }

    private static AlertNotice alert(String episode, String commune, String set, String indicator) {
        // The episode stands in the commune's name, so that the mail's subject tells the alerts apart.
        return new AlertNotice(episode + "|BELOW", "BELOW", commune, Optional.of(episode), set, indicator, Optional.empty(), 2026,
                Optional.of(60.0), Optional.of(">="), Optional.of(80.0), Optional.empty(), "Tỉ lệ đạt 60,0%, dưới chỉ tiêu 80%.",
                Instant.parse("2026-11-25T02:00:00Z"));
    }

    /** The episodes of the alerts mailed to one address, from each mail's subject ("…: L1, chỉ tiêu 9"). */
    private static List<String> alertsTo(String address) throws MessagingException {
        List<String> episodes = new ArrayList<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            for (var to : mail.getRecipients(Message.RecipientType.TO)) {
                if (to.toString().equals(address)) {
                    String subject = mail.getSubject();
                    episodes.add(subject.substring(subject.indexOf(": ") + 2, subject.lastIndexOf(", ")));
                }
            }
        }
        return episodes;
    }
}
