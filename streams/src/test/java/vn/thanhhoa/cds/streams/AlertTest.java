package vn.thanhhoa.cds.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thanhhoa.cds.streams.EngineDriver.declared;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.schemas.alert.AlertKind;
import vn.thanhhoa.cds.schemas.alert.CommuneAlert;

/**
 * Alerts on 2023–2025 item 3.1 (trained working-age people over the working-age population, target
 * ">= 70" for 2024), with the default policy: an alert opens 2 points below the target and closes
 * when the target is met; a ratio over fewer than 10 people raises none.
 */
class AlertTest {

    private static final String YEN_HUNG = "15433";

    @TempDir
    Path state;

    @Test
    void aValueWaveringInsideTheBandRaisesOneAlertAndARecoveryClosesIt() {
        try (EngineDriver engine = new EngineDriver(LocalDateTime.parse("2026-11-25T10:00"), state)) {
            engine.statistic(YEN_HUNG, 2024, "population.working_age", 100);
            engine.target("2023-2025", "3.1", 2024, null, ">=", 70.0);
            int day = 1;
            for (double trained : new double[] {50, 69, 68.5, 69.5, 71, 69, 60}) {
                engine.declaration(declared(YEN_HUNG, "2023-2025", "3.1", 2024, trained, null, "2024-10-" + String.format("%02d", day++) + "T09:00"));
                engine.evaluate(); // each figure declared a while after the other, each evaluated
            }
            List<CommuneAlert> alerts = engine.alerts();

            // 50 % opens episode 1; 69, 68.5, 69.5 stay inside it; 71 % closes it; 69 % is inside the
            // band (no alert); 60 % opens episode 2.
            assertThat(alerts).extracting(CommuneAlert::getKind).containsExactly(AlertKind.BELOW, AlertKind.RECOVERED, AlertKind.BELOW);
            assertThat(alerts).extracting(CommuneAlert::getEpisodeId).containsExactly(
                    "15433|2023-2025|3.1|2024|AS_OF|1", "15433|2023-2025|3.1|2024|AS_OF|1", "15433|2023-2025|3.1|2024|AS_OF|2");
            assertThat(alerts).extracting(CommuneAlert::getAlertId).doesNotHaveDuplicates();
            CommuneAlert first = alerts.getFirst();
            assertThat(first.getCommuneName()).isEqualTo("Xã Yên Hùng");
            assertThat(first.getValue()).isEqualTo(50.0);
            assertThat(first.getMessage()).isEqualTo("Xã Yên Hùng: chỉ tiêu 3.1 năm 2024 đạt 50% (50/100), dưới mức giao >= 70%; cần thêm 20 để đạt.");
            assertThat(first.getOwner()).isNotBlank();
            assertThat(alerts.get(1).getMessage()).startsWith("Xã Yên Hùng: chỉ tiêu 3.1 năm 2024 đã đạt lại: 71% (71/100)");
        }
    }

    @Test
    void aCommuneWithTooFewEntriesRaisesNoAlert() {
        try (EngineDriver engine = new EngineDriver(LocalDateTime.parse("2026-11-25T10:00"), state)) {
            engine.statistic(YEN_HUNG, 2024, "population.working_age", 8);
            engine.target("2023-2025", "3.1", 2024, null, ">=", 70.0);
            engine.declaration(declared(YEN_HUNG, "2023-2025", "3.1", 2024, 1.0, null, "2024-10-01T09:00"));

            assertThat(engine.value(YEN_HUNG, "2023-2025", "3.1", 2024, vn.thanhhoa.cds.schemas.indicator.ValueWindow.AS_OF).getValue()).isEqualTo(12.5);
            assertThat(engine.alerts()).as("1 of 8: below, but too few people to alert on").isEmpty();
        }
    }
}
