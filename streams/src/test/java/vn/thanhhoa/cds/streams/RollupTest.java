package vn.thanhhoa.cds.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thanhhoa.cds.schemas.raw.ReceivingChannel.DIRECT;
import static vn.thanhhoa.cds.schemas.raw.ReceivingChannel.ONLINE;
import static vn.thanhhoa.cds.streams.EngineDriver.dossier;

import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.schemas.indicator.IndicatorValue;
import vn.thanhhoa.cds.schemas.indicator.UnitLevel;
import vn.thanhhoa.cds.schemas.indicator.ValueStatus;
import vn.thanhhoa.cds.schemas.indicator.ValueWindow;
import vn.thanhhoa.cds.schemas.raw.ReceivingChannel;

/**
 * Ratios roll up by summing numerators and denominators, never by averaging: in 2024 Yên Hùng and
 * Yên Thái were communes of Yên Định district (394), Hoằng Kim of Hoằng Hóa (399).
 */
class RollupTest {

    @TempDir
    Path state;

    @Test
    void districtAndProvinceSumNumeratorsAndDenominatorsAndFollowACorrection() {
        try (EngineDriver engine = new EngineDriver(LocalDateTime.parse("2026-11-25T10:00"), state)) {
            engine.target("2023-2025", "1.6", 2024, null, ">=", 75.0);
            // Yên Hùng (15433): 1 online of 1 = 100 %; Yên Thái (15430): 1 online of 4 = 25 %; Hoằng Kim (15889): 3 of 3.
            received(engine, "15433", "YH", ONLINE);
            received(engine, "15430", "YT", ONLINE, DIRECT, DIRECT, DIRECT);
            received(engine, "15889", "HK", ONLINE, ONLINE, ONLINE);

            // Yên Định: (1 + 1) / (1 + 4) = 40 % (the mean of 100 % and 25 % would be 62.5 %).
            IndicatorValue yenDinh = engine.value("394", "2023-2025", "1.6", 2024, ValueWindow.YEAR_TO_DATE);
            assertThat(yenDinh.getUnitLevel()).isEqualTo(UnitLevel.DISTRICT);
            assertThat(yenDinh.getNumerator()).isEqualTo(2.0);
            assertThat(yenDinh.getDenominator()).isEqualTo(5.0);
            assertThat(yenDinh.getValue()).isEqualTo(40.0);
            assertThat(yenDinh.getStatus()).isEqualTo(ValueStatus.BELOW);
            // The province: (1 + 1 + 3) / (1 + 4 + 3) = 62.5 %, the same as summing its two districts' figures.
            IndicatorValue province = engine.value("38", "2023-2025", "1.6", 2024, ValueWindow.YEAR_TO_DATE);
            IndicatorValue hoangHoa = engine.value("399", "2023-2025", "1.6", 2024, ValueWindow.YEAR_TO_DATE);
            assertThat(province.getUnitLevel()).isEqualTo(UnitLevel.PROVINCE);
            assertThat(province.getNumerator()).isEqualTo(5.0).isEqualTo(yenDinh.getNumerator() + hoangHoa.getNumerator());
            assertThat(province.getDenominator()).isEqualTo(8.0).isEqualTo(yenDinh.getDenominator() + hoangHoa.getDenominator());
            assertThat(province.getValue()).isEqualTo(62.5);

            // One of Yên Thái's direct dossiers is corrected to online: the sums follow (old figures out, new in).
            engine.dossier(dossier("YT2", "15430", 4, ONLINE, "2024-05-02T09:00", "2024-06-30T09:00"));
            assertThat(engine.value("394", "2023-2025", "1.6", 2024, ValueWindow.YEAR_TO_DATE).getNumerator()).isEqualTo(3.0);
            assertThat(engine.value("38", "2023-2025", "1.6", 2024, ValueWindow.YEAR_TO_DATE).getNumerator()).isEqualTo(6.0);
            assertThat(engine.value("38", "2023-2025", "1.6", 2024, ValueWindow.YEAR_TO_DATE).getDenominator()).isEqualTo(8.0);
        }
    }

    private static void received(EngineDriver engine, String commune, String prefix, ReceivingChannel... channels) {
        for (int i = 0; i < channels.length; i++) {
            engine.dossier(dossier(prefix + (i + 1), commune, 2, channels[i], "2024-05-0" + (i + 1) + "T09:00", "2024-05-0" + (i + 1) + "T10:00"));
        }
    }
}
