package vn.thanhhoa.cds.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thanhhoa.cds.schemas.raw.ReceivingChannel.ONLINE;
import static vn.thanhhoa.cds.streams.EngineDriver.dossier;
import static vn.thanhhoa.cds.streams.EngineDriver.reported;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.schemas.alert.AlertKind;
import vn.thanhhoa.cds.schemas.alert.CommuneAlert;

/**
 * A source gone quiet for a commune, with the default policy: the one-stop system (tthc) is stale
 * after 3 days without a record for the commune, a monthly report after 45.
 */
class StaleSourceTest {

    private static final String YEN_NINH = "15442";

    @TempDir
    Path state;

    @Test
    void aSilentSourceFiresOnceAndRecoversOnceWithOneEpisodeId() {
        try (EngineDriver engine = new EngineDriver(LocalDateTime.parse("2026-03-01T10:00"), state)) {
            engine.dossier(dossier("S1", YEN_NINH, 2, ONLINE, "2026-03-01T09:00", "2026-03-01T09:01"));
            engine.report(reported(YEN_NINH, "telecom.adults.digital_signature", "2026-02", 120, "VNPT", "2026-03-01T08:00"));
            assertThat(engine.alerts()).isEmpty();

            engine.today(LocalDateTime.parse("2026-03-04T10:00"));
            assertThat(engine.alerts()).as("exactly 3 days: not more than 3").isEmpty();
            engine.today(LocalDateTime.parse("2026-03-04T10:01"));
            List<CommuneAlert> stale = engine.alerts();
            assertThat(stale).extracting(CommuneAlert::getKind).containsExactly(AlertKind.STALE);
            CommuneAlert alert = stale.getFirst();
            assertThat(alert.getEpisodeId()).isEqualTo("15442|stale|tthc|1");
            assertThat(alert.getIndicatorCode()).isEqualTo("tthc");
            assertThat(alert.getMessage()).startsWith("Xã Yên Ninh: chưa nhận được dữ liệu từ Hệ thống thông tin giải quyết TTHC").contains("quá 3 ngày");

            engine.today(LocalDateTime.parse("2026-03-09T10:00"));
            assertThat(engine.alerts()).as("fired once; the telecom report is allowed 45 days").isEmpty();

            engine.dossier(dossier("S2", YEN_NINH, 2, ONLINE, "2026-03-09T09:00", "2026-03-09T09:01"));
            List<CommuneAlert> back = engine.alerts();
            assertThat(back).extracting(CommuneAlert::getKind).containsExactly(AlertKind.RECOVERED);
            assertThat(back.getFirst().getEpisodeId()).isEqualTo("15442|stale|tthc|1");
            engine.dossier(dossier("S3", YEN_NINH, 2, ONLINE, "2026-03-09T09:30", "2026-03-09T09:31"));
            assertThat(engine.alerts()).as("recovers once").isEmpty();

            engine.today(LocalDateTime.parse("2026-04-16T10:00"));
            List<CommuneAlert> later = engine.alerts();
            assertThat(later).extracting(CommuneAlert::getEpisodeId).containsExactlyInAnyOrder("15442|stale|tthc|2", "15442|stale|telecom-report|1");
            assertThat(later).extracting(CommuneAlert::getAlertId).doesNotHaveDuplicates();
        }
    }
}
