package vn.thanhhoa.cds.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thanhhoa.cds.streams.EngineDriver.declared;

import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.schemas.indicator.IndicatorValue;
import vn.thanhhoa.cds.schemas.indicator.ValueStatus;
import vn.thanhhoa.cds.schemas.indicator.ValueWindow;

/**
 * Seed 002, Yên Hùng (unit 15433): "2240/3200 người trong độ tuổi lao động, đạt tỷ lệ 70%" for
 * 2023–2025 item 3.1, a declared count over the reference working-age population, judged as of the
 * day. 70 % meets "đạt 70%" (>= 70) and misses "trên 70%" (> 70) and 80 %.
 */
class DeclarationOverStatisticTest {

    private static final String YEN_HUNG = "15433";

    @TempDir
    Path state;

    @Test
    void theSeedsFigureMeetsSeventyPercentAndAChangedTargetChangesTheNextValueWithoutARestart() {
        try (EngineDriver engine = new EngineDriver(LocalDateTime.parse("2026-11-25T10:00"), state)) {
            engine.statistic(YEN_HUNG, 2024, "population.working_age", 3200);
            engine.target("2023-2025", "3.1", 2024, null, ">=", 70.0);
            engine.declaration(declared(YEN_HUNG, "2023-2025", "3.1", 2024, 2240.0, null, "2024-12-20T09:00"));

            IndicatorValue asOf = engine.value(YEN_HUNG, "2023-2025", "3.1", 2024, ValueWindow.AS_OF);
            assertThat(asOf.getNumerator()).isEqualTo(2240.0);
            assertThat(asOf.getDenominator()).isEqualTo(3200.0);
            assertThat(asOf.getValue()).isEqualTo(70.0);
            assertThat(asOf.getStatus()).isEqualTo(ValueStatus.MET);

            // The province republishes the target as "trên 70%"; the next declaration is judged by it.
            engine.target("2023-2025", "3.1", 2024, null, ">", 70.0);
            engine.declaration(declared(YEN_HUNG, "2023-2025", "3.1", 2024, 2240.0, null, "2024-12-28T09:00"));
            IndicatorValue again = engine.value(YEN_HUNG, "2023-2025", "3.1", 2024, ValueWindow.AS_OF);
            assertThat(again.getValue()).isEqualTo(70.0);
            assertThat(again.getTargetOperator()).isEqualTo(">");
            assertThat(again.getStatus()).isEqualTo(ValueStatus.BELOW);
        }
    }

    @Test
    void theCommunesOwnTargetOfMoreThanEightyPercentOverridesTheProvinceDefault() {
        try (EngineDriver engine = new EngineDriver(LocalDateTime.parse("2026-11-25T10:00"), state)) {
            engine.statistic(YEN_HUNG, 2025, "population.working_age", 3200);
            engine.target("2023-2025", "3.1", 2025, null, ">=", 80.0);
            engine.target("2023-2025", "3.1", 2025, YEN_HUNG, ">", 80.0);
            engine.declaration(declared(YEN_HUNG, "2023-2025", "3.1", 2025, 2240.0, null, "2025-06-20T09:00"));

            IndicatorValue value = engine.value(YEN_HUNG, "2023-2025", "3.1", 2025, ValueWindow.AS_OF);
            assertThat(value.getValue()).isEqualTo(70.0);
            assertThat(value.getCommuneTarget()).isTrue();
            assertThat(value.getTargetOperator()).isEqualTo(">");
            assertThat(value.getTargetValue()).isEqualTo(80.0);
            assertThat(value.getStatus()).isEqualTo(ValueStatus.BELOW);
        }
    }

    @Test
    void aYesNoDeclarationIsOneOrZeroAgainstExists() {
        try (EngineDriver engine = new EngineDriver(LocalDateTime.parse("2026-11-25T10:00"), state)) {
            engine.target("2023-2025", "1.1", 2025, null, "exists", null);
            engine.declaration(declared(YEN_HUNG, "2023-2025", "1.1", 2025, null, true, "2025-03-01T09:00"));
            assertThat(engine.value(YEN_HUNG, "2023-2025", "1.1", 2025, ValueWindow.AS_OF).getStatus()).isEqualTo(ValueStatus.MET);

            // A later declaration replaces the earlier one; it is never added to it.
            engine.declaration(declared(YEN_HUNG, "2023-2025", "1.1", 2025, null, false, "2025-05-01T09:00"));
            IndicatorValue value = engine.value(YEN_HUNG, "2023-2025", "1.1", 2025, ValueWindow.AS_OF);
            assertThat(value.getValue()).isEqualTo(0.0);
            assertThat(value.getStatus()).isEqualTo(ValueStatus.BELOW);
        }
    }

    @Test
    void aDeclarationOfTheDenominatorAloneCarriesNoValueAndIsDividedBy() {
        try (EngineDriver engine = new EngineDriver(LocalDateTime.parse("2026-11-25T10:00"), state)) {
            // 2023–2025 item 1.5: dossiers on the one-stop system over the commune's own register (declared);
            // 2024, before the reform moved Yên Hùng's 2025 dossiers to Yên Ninh (ReformTest).
            engine.target("2023-2025", "1.5", 2024, null, ">=", 100.0);
            engine.declaration(vn.thanhhoa.cds.schemas.raw.Declaration.newBuilder(declared(YEN_HUNG, "2023-2025", "1.5", 2024, null, null, "2024-06-01T09:00"))
                    .setDenominatorValue(4.0).build());
            for (int i = 1; i <= 3; i++) {
                engine.dossier(EngineDriver.dossier("R" + i, YEN_HUNG, 2, vn.thanhhoa.cds.schemas.raw.ReceivingChannel.DIRECT,
                        "2024-05-0" + i + "T09:00", "2024-05-0" + i + "T10:00"));
            }

            IndicatorValue value = engine.value(YEN_HUNG, "2023-2025", "1.5", 2024, ValueWindow.YEAR_TO_DATE);
            assertThat(value.getNumerator()).isEqualTo(3.0);
            assertThat(value.getDenominator()).isEqualTo(4.0);
            assertThat(value.getValue()).isEqualTo(75.0);
            assertThat(value.getStatus()).isEqualTo(ValueStatus.BELOW);
        }
    }
}
