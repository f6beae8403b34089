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
import vn.thanhhoa.cds.schemas.indicator.ValueWindow;

/** Windows and years end at midnight in Thanh Hóa, not in UTC; a year selects its indicator set. */
class WindowBoundaryTest {

    private static final String YEN_NINH = "15442";

    @TempDir
    Path state;

    @Test
    void aDossierReceivedAt2330OnTheLastDayOfMarchBelongsToTheFirstQuarter() {
        try (EngineDriver engine = new EngineDriver(LocalDateTime.parse("2026-04-02T10:00"), state)) {
            // 23:30 on 31 March in Vietnam is 16:30 UTC the same day; 00:10 on 1 April is 17:10 UTC on 31 March.
            engine.dossier(dossier("Q1", YEN_NINH, 2, ONLINE, "2026-03-31T23:30", "2026-03-31T23:31"));
            engine.dossier(dossier("Q2", YEN_NINH, 2, DIRECT, "2026-04-01T00:10", "2026-04-01T00:11"));

            // 2026 item 9, online over received, as of 2 April: April holds Q2 only, the year both.
            IndicatorValue april = engine.value(YEN_NINH, "2026", "9", 2026, ValueWindow.MONTH_TO_DATE);
            assertThat(april.getWindowStart()).isEqualTo(LocalDate.of(2026, 4, 1));
            assertThat(april.getNumerator()).isEqualTo(0.0);
            assertThat(april.getDenominator()).isEqualTo(1.0);
            IndicatorValue quarter = engine.value(YEN_NINH, "2026", "9", 2026, ValueWindow.QUARTER_TO_DATE);
            assertThat(quarter.getDenominator()).as("Q1's dossier is not in the second quarter").isEqualTo(1.0);
            IndicatorValue year = engine.value(YEN_NINH, "2026", "9", 2026, ValueWindow.YEAR_TO_DATE);
            assertThat(year.getNumerator()).isEqualTo(1.0);
            assertThat(year.getDenominator()).isEqualTo(2.0);
        }
    }

    @Test
    void whenTheMonthTurnsTheMonthToDateValueIsOfTheNewMonthWithoutANewEvent() {
        try (EngineDriver engine = new EngineDriver(LocalDateTime.parse("2026-03-31T20:00"), state)) {
            engine.dossier(dossier("M1", YEN_NINH, 2, ONLINE, "2026-03-10T09:00", "2026-03-10T09:01"));
            assertThat(engine.value(YEN_NINH, "2026", "9", 2026, ValueWindow.MONTH_TO_DATE).getDenominator()).isEqualTo(1.0);

            engine.today(LocalDateTime.parse("2026-04-01T00:05"));
            IndicatorValue april = engine.value(YEN_NINH, "2026", "9", 2026, ValueWindow.MONTH_TO_DATE);
            assertThat(april.getWindowStart()).isEqualTo(LocalDate.of(2026, 4, 1));
            assertThat(april.getDenominator()).as("no dossier received in April yet").isEqualTo(0.0);
            assertThat(engine.value(YEN_NINH, "2026", "9", 2026, ValueWindow.YEAR_TO_DATE).getDenominator()).isEqualTo(1.0);
        }
    }

    @Test
    void theFirstOfJanuary2026SelectsThe2026Set() {
        try (EngineDriver engine = new EngineDriver(LocalDateTime.parse("2026-01-05T10:00"), state)) {
            engine.dossier(dossier("OLD", YEN_NINH, 2, ONLINE, "2025-12-31T23:30", "2025-12-31T23:31"));
            engine.dossier(dossier("NEW", YEN_NINH, 2, ONLINE, "2026-01-01T00:10", "2026-01-01T00:11"));

            assertThat(engine.value(YEN_NINH, "2023-2025", "1.6", 2025, ValueWindow.YEAR_TO_DATE).getDenominator()).isEqualTo(1.0);
            assertThat(engine.value(YEN_NINH, "2026", "9", 2026, ValueWindow.YEAR_TO_DATE).getDenominator()).isEqualTo(1.0);
            assertThat(engine.values().keySet()).noneMatch(key -> key.contains("|2026|1.6|")).noneMatch(key -> key.contains("2023-2025|9|"));
        }
    }
}
