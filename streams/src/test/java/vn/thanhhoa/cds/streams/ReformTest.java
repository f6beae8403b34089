package vn.thanhhoa.cds.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.thanhhoa.cds.schemas.raw.ReceivingChannel.DIRECT;
import static vn.thanhhoa.cds.schemas.raw.ReceivingChannel.ONLINE;
import static vn.thanhhoa.cds.streams.EngineDriver.dossier;

import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.schemas.indicator.IndicatorValue;
import vn.thanhhoa.cds.schemas.indicator.ValueWindow;
import vn.thanhhoa.cds.schemas.raw.ReceivingChannel;

/**
 * The 1 July 2025 reform (admin-units' conversion): 2025 is assessed on the new communes, so their
 * year-to-date values include their predecessors' first-half events. Yên Ninh (new, 15442) is the whole
 * of Yên Hùng 15433, Yên Thịnh 15436 and the old Yên Ninh 15442; Đông Thọ 14758 was split between the
 * new Hàm Rồng 14758 and Hạc Thành 14797 with equal weights; the old Hàm Rồng 14755 went wholly into
 * the new Hàm Rồng. 2023–2025 item 1.6, online over received dossiers, as of 31 December 2025.
 */
class ReformTest {

    @TempDir
    Path state;

    private int next;

    private void dossiers(EngineDriver engine, String commune, int online, int direct, String day) {
        for (int i = 0; i < online + direct; i++) {
            ReceivingChannel channel = i < online ? ONLINE : DIRECT;
            engine.dossier(dossier("R" + next++, commune, 2, channel, day + "T09:00", day + "T09:01"));
        }
    }

    @Test
    void aNewCommunes2025ValueIncludesItsPredecessorsFirstHalfAndTheProvinceTotalIsUnchanged() {
        try (EngineDriver engine = new EngineDriver(LocalDateTime.parse("2026-02-10T10:00"), state)) {
            dossiers(engine, "15433", 3, 1, "2025-03-10");   // Yên Hùng
            dossiers(engine, "15436", 0, 2, "2025-04-10");   // Yên Thịnh
            dossiers(engine, "15442", 1, 0, "2025-06-30");   // the old Yên Ninh, its last day
            dossiers(engine, "15442", 2, 0, "2025-07-01");   // the new Yên Ninh, its first day
            dossiers(engine, "14758", 4, 2, "2025-05-10");   // Đông Thọ, split 1:1
            dossiers(engine, "14755", 0, 1, "2025-05-11");   // the old Hàm Rồng
            dossiers(engine, "14758", 1, 0, "2025-09-10");   // the new Hàm Rồng

            // Yên Ninh: (3 + 0 + 1 + 2) online of (4 + 2 + 1 + 2) received = 6 / 9.
            IndicatorValue yenNinh = engine.value("15442", "2023-2025", "1.6", 2025, ValueWindow.YEAR_TO_DATE);
            assertThat(yenNinh.getNumerator()).isEqualTo(6.0);
            assertThat(yenNinh.getDenominator()).isEqualTo(9.0);
            // Hàm Rồng: half of Đông Thọ (2 of 3) + the old Hàm Rồng (0 of 1) + its own (1 of 1) = 3 / 5 = 60 %.
            IndicatorValue hamRong = engine.value("14758", "2023-2025", "1.6", 2025, ValueWindow.YEAR_TO_DATE);
            assertThat(hamRong.getNumerator()).isEqualTo(3.0);
            assertThat(hamRong.getDenominator()).isEqualTo(5.0);
            assertThat(hamRong.getValue()).isCloseTo(60.0, within(1e-9));
            // Hạc Thành: the other half of Đông Thọ, 2 of 3.
            IndicatorValue hacThanh = engine.value("14797", "2023-2025", "1.6", 2025, ValueWindow.YEAR_TO_DATE);
            assertThat(hacThanh.getNumerator()).isEqualTo(2.0);
            assertThat(hacThanh.getDenominator()).isEqualTo(3.0);

            // The old communes that are no unit at the year's end have no 2025 value.
            assertThat(engine.values().keySet()).noneMatch(key -> key.startsWith("15433|2023-2025|1.6|2025|"))
                    .noneMatch(key -> key.startsWith("15436|") || key.startsWith("14755|"));

            // The province: every event once, whichever units: old communes' first half (3+0+1+4+0 = 8
            // online of 4+2+1+6+1 = 14) and new communes' second (2+1 of 3): 11 of 17.
            IndicatorValue province = engine.value("38", "2023-2025", "1.6", 2025, ValueWindow.YEAR_TO_DATE);
            assertThat(province.getNumerator()).isCloseTo(11.0, within(1e-9))
                    .isCloseTo(yenNinh.getNumerator() + hamRong.getNumerator() + hacThanh.getNumerator(), within(1e-9));
            assertThat(province.getDenominator()).isCloseTo(17.0, within(1e-9))
                    .isCloseTo(yenNinh.getDenominator() + hamRong.getDenominator() + hacThanh.getDenominator(), within(1e-9));
        }
    }

    @Test
    void yearsBeforeTheReformStayOnTheirOldCommunesAndDistricts() {
        try (EngineDriver engine = new EngineDriver(LocalDateTime.parse("2026-02-10T10:00"), state)) {
            dossiers(engine, "15433", 1, 1, "2024-03-10");   // Yên Hùng, in Yên Định district

            IndicatorValue yenHung = engine.value("15433", "2023-2025", "1.6", 2024, ValueWindow.YEAR_TO_DATE);
            assertThat(yenHung.getNumerator()).isEqualTo(1.0);
            assertThat(yenHung.getDenominator()).isEqualTo(2.0);
            assertThat(engine.values().keySet()).noneMatch(key -> key.startsWith("15442|2023-2025|1.6|2024|"));
            assertThat(engine.value("38", "2023-2025", "1.6", 2024, ValueWindow.YEAR_TO_DATE).getDenominator()).isEqualTo(2.0);
        }
    }
}
