package vn.thanhhoa.cds.reports.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.adminunits.ReferenceData;
import vn.thanhhoa.cds.adminunits.unit.AdministrativeUnits;
import vn.thanhhoa.cds.reports.delivery.RecipientsFile;

/** Who hears of which alert, on the real administrative units. */
class SubscriptionsTest {

    @TempDir
    static Path directory;
    static AdministrativeUnits units;

    @BeforeAll
    static void load() {
        units = ReferenceData.load().units();
    }

    private static Subscriptions read(String json) throws IOException {
        Path file = Files.createTempFile(directory, "recipients", ".json");
        Files.writeString(file, json);
        return Subscriptions.read(RecipientsFile.read(file), units, LocalDate.of(2026, 11, 25));
    }

    private static AlertNotice alert(String commune, String code, String raisedAt) {
        return new AlertNotice(commune + "|" + code + "|1|BELOW", "BELOW", commune, Optional.empty(), "2023-2025", code, Optional.empty(), 2024,
                Optional.of(50.0), Optional.of(">="), Optional.of(75.0), Optional.empty(), "…", OffsetDateTime.parse(raisedAt).toInstant());
    }

    @Test
    void aDistrictReviewerHearsOfTheCommunesUnderTheirDistrictOnTheAlertsDay() throws IOException {
        Subscriptions subscriptions = read("""
                {"subscriptions": [{"id": "trieu-son", "role": "UNIT_REVIEWER", "unit": "397", "channel": "EMAIL", "address": "ts@thanhhoa.gov.vn",
                                    "indicators": ["1.6", "3.5"]}]}
                """);
        UnitScope scope = new UnitScope(units);
        assertThat(subscriptions.matching(alert("15742", "1.6", "2024-03-31T10:00+07:00"), scope)).hasSize(1); // Thọ Dân, Triệu Sơn
        assertThat(subscriptions.matching(alert("15889", "1.6", "2024-03-31T10:00+07:00"), scope)).isEmpty(); // Hoằng Kim, Hoằng Hóa
        assertThat(subscriptions.matching(alert("15742", "1.3", "2024-03-31T10:00+07:00"), scope)).isEmpty(); // not an indicator asked for
        // After 1 July 2025 the district no longer exists: Thọ Dân's code names no commune under it.
        assertThat(subscriptions.matching(alert("15742", "1.6", "2025-08-01T10:00+07:00"), scope)).isEmpty();
    }

    @Test
    void mistakesInTheFileAreOneSentenceNamingTheEntry() {
        assertThatThrownBy(() -> read("""
                {"subscriptions": [{"id": "x", "role": "COMMUNE_OFFICER", "unit": "397", "channel": "EMAIL", "address": "x@thanhhoa.gov.vn"}]}
                """)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("subscriptions[0]").hasMessageContaining("'397' is not a commune");
        assertThatThrownBy(() -> read("""
                {"subscriptions": [{"id": "x", "role": "PROVINCE_ANALYST", "channel": "WEBHOOK", "address": "ftp://x"}]}
                """)).hasMessageContaining("subscriptions[0]").hasMessageContaining("http:// or https://");
        assertThatThrownBy(() -> read("""
                {"subscriptions": [{"id": "x", "role": "PROVINCE_ANALYST", "channel": "EMAIL", "address": "a@b.vn"},
                                   {"id": "x", "role": "PROVINCE_ANALYST", "channel": "EMAIL", "address": "c@d.vn"}]}
                """)).hasMessageContaining("subscriptions[1]").hasMessageContaining("used twice");
    }
}
