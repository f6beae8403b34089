package vn.thanhhoa.cds.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thanhhoa.cds.schemas.raw.ReceivingChannel.DIRECT;
import static vn.thanhhoa.cds.schemas.raw.ReceivingChannel.ONLINE;
import static vn.thanhhoa.cds.streams.EngineDriver.dossier;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.schemas.indicator.IndicatorValue;
import vn.thanhhoa.cds.schemas.indicator.ValueStatus;
import vn.thanhhoa.cds.schemas.indicator.ValueWindow;

/**
 * The trailing 30 days of a flow: the day itself and the 29 before it, from local midnight in Thanh
 * Hóa. 2026 item 9 (online over received dossiers) of Yên Ninh as of 10 April 2026: 12 March to 10 April.
 */
class TrailingWindowTest {

    private static final String YEN_NINH = "15442";

    @TempDir
    Path state;

    @Test
    void theTrailingThirtyDaysStartAtLocalMidnightAndMoveWithTheDay() {
        try (EngineDriver engine = new EngineDriver(LocalDateTime.parse("2026-04-10T10:00"), state)) {
            // 23:30 on 11 March local time is outside; 00:10 on 12 March local (17:10 UTC on 11 March) is inside.
            engine.dossier(dossier("A", YEN_NINH, 2, ONLINE, "2026-03-11T23:30", "2026-03-11T23:31"));
            engine.dossier(dossier("B", YEN_NINH, 2, DIRECT, "2026-03-12T00:10", "2026-03-12T00:11"));
            engine.dossier(dossier("C", YEN_NINH, 2, ONLINE, "2026-04-10T08:00", "2026-04-10T08:01"));
            engine.dossier(dossier("D", YEN_NINH, 2, ONLINE, "2026-02-20T09:00", "2026-02-20T09:01"));

            IndicatorValue trailing = engine.value(YEN_NINH, "2026", "9", 2026, ValueWindow.TRAILING_30_DAYS);
            assertThat(trailing.getWindowStart()).isEqualTo(LocalDate.of(2026, 3, 12));
            assertThat(trailing.getWindowEnd()).isEqualTo(LocalDate.of(2026, 4, 10));
            assertThat(trailing.getNumerator()).as("C online").isEqualTo(1.0);
            assertThat(trailing.getDenominator()).as("B and C received").isEqualTo(2.0);
            assertThat(trailing.getValue()).isEqualTo(50.0);
            assertThat(trailing.getJudged()).isFalse();
            assertThat(trailing.getStatus()).isEqualTo(ValueStatus.TREND);
            IndicatorValue year = engine.value(YEN_NINH, "2026", "9", 2026, ValueWindow.YEAR_TO_DATE);
            assertThat(year.getNumerator()).isEqualTo(3.0);
            assertThat(year.getDenominator()).isEqualTo(4.0);

            // Midnight passes: 13 March to 11 April, B falls out with no new event.
            engine.today(LocalDateTime.parse("2026-04-11T00:05"));
            trailing = engine.value(YEN_NINH, "2026", "9", 2026, ValueWindow.TRAILING_30_DAYS);
            assertThat(trailing.getWindowStart()).isEqualTo(LocalDate.of(2026, 3, 13));
            assertThat(trailing.getNumerator()).isEqualTo(1.0);
            assertThat(trailing.getDenominator()).isEqualTo(1.0);
            assertThat(trailing.getValue()).isEqualTo(100.0);
            assertThat(engine.value(YEN_NINH, "2026", "9", 2026, ValueWindow.YEAR_TO_DATE).getDenominator()).as("still in the year").isEqualTo(4.0);
        }
    }

    @Test
    void decemberIsInJanuarysTrailingWindowAndAPastYearHasNone() {
        try (EngineDriver engine = new EngineDriver(LocalDateTime.parse("2026-01-05T10:00"), state)) {
            engine.dossier(dossier("DEC", YEN_NINH, 2, ONLINE, "2025-12-20T09:00", "2025-12-20T09:01"));
            engine.dossier(dossier("JAN", YEN_NINH, 2, DIRECT, "2026-01-02T09:00", "2026-01-02T09:01"));

            IndicatorValue trailing = engine.value(YEN_NINH, "2026", "9", 2026, ValueWindow.TRAILING_30_DAYS);
            assertThat(trailing.getWindowStart()).isEqualTo(LocalDate.of(2025, 12, 7));
            assertThat(trailing.getNumerator()).isEqualTo(1.0);
            assertThat(trailing.getDenominator()).isEqualTo(2.0);
            assertThat(engine.value(YEN_NINH, "2026", "9", 2026, ValueWindow.YEAR_TO_DATE).getDenominator()).isEqualTo(1.0);
            assertThat(engine.values().keySet()).noneMatch(key -> key.contains("|2025|TRAILING_30_DAYS"));
        }
    }
}
