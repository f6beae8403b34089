package vn.thanhhoa.cds.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.thanhhoa.cds.schemas.raw.ReceivingChannel.DIRECT;
import static vn.thanhhoa.cds.schemas.raw.ReceivingChannel.ONLINE;
import static vn.thanhhoa.cds.streams.EngineDriver.dossier;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.schemas.alert.AlertKind;
import vn.thanhhoa.cds.schemas.alert.CommuneAlert;
import vn.thanhhoa.cds.schemas.indicator.IndicatorValue;
import vn.thanhhoa.cds.schemas.indicator.ValueStatus;
import vn.thanhhoa.cds.schemas.indicator.ValueWindow;
import vn.thanhhoa.cds.schemas.raw.ReceivingChannel;

/**
 * Year-end projection of 2026 item 9 (online over received dossiers, year to date, target ">= 50"
 * here) for Yên Ninh as of 1 July 2026: day 182 of 365, 183 days left; the trailing 30 days are 2 June
 * to 1 July. Each flow gains its trailing pace (its 30 days' figure / 30) for each day left.
 */
class ProjectionTest {

    private static final String YEN_NINH = "15442";
    private static final int DAYS_LEFT = 183;

    @TempDir
    Path state;

    private int next;

    private void dossiers(EngineDriver engine, int count, ReceivingChannel channel, String day) {
        for (int i = 0; i < count; i++) {
            String code = "P" + next++;
            engine.dossier(dossier(code, YEN_NINH, 2, channel, day + "T09:00", day + "T09:01"));
        }
    }

    @Test
    void aValueMetTodayButProjectedToMissIsAtRiskThenBelowInTheSameEpisodeThenRecovered() {
        try (EngineDriver engine = new EngineDriver(LocalDateTime.parse("2026-07-01T10:00"), state)) {
            engine.target("2026", "9", 2026, null, ">=", 50.0);
            dossiers(engine, 60, ONLINE, "2026-03-10");
            dossiers(engine, 30, DIRECT, "2026-06-15");

            // Today 60 / 90 = 66.7 %: met. The last 30 days: 0 online, 30 received: 0 and 1 a day.
            // Year end: 60 / (90 + 183) = 21.98 %: a miss.
            IndicatorValue year = engine.value(YEN_NINH, "2026", "9", 2026, ValueWindow.YEAR_TO_DATE);
            assertThat(year.getValue()).isCloseTo(60.0 / 90 * 100, within(1e-9));
            assertThat(year.getYearEndProjection()).isCloseTo(60.0 / (90 + DAYS_LEFT) * 100, within(1e-9));
            assertThat(year.getStatus()).isEqualTo(ValueStatus.AT_RISK);
            List<CommuneAlert> alerts = engine.alerts();
            assertThat(alerts).extracting(CommuneAlert::getKind).containsExactly(AlertKind.AT_RISK);
            assertThat(alerts.getFirst().getMessage()).isEqualTo(
                    "Xã Yên Ninh: chỉ tiêu 9 năm 2026 đạt 66,7% (60/90), nhưng theo nhịp 30 ngày gần đây dự kiến cuối năm chỉ đạt 22%, không đạt mức giao >= 50%.");

            // 40 more received in June: 60 / 130 = 46.2 %, more than 2 points below 50: below, same episode.
            dossiers(engine, 40, DIRECT, "2026-06-20");
            assertThat(engine.value(YEN_NINH, "2026", "9", 2026, ValueWindow.YEAR_TO_DATE).getStatus()).isEqualTo(ValueStatus.BELOW);
            // 200 online in June: 260 / 330 = 78.8 % today; pace 200/30 and 270/30 a day:
            // (260 + 200/30 × 183) / (330 + 9 × 183) = 1,480 / 1,977 = 74.9 %: met, and projected met.
            dossiers(engine, 200, ONLINE, "2026-06-25");
            IndicatorValue recovered = engine.value(YEN_NINH, "2026", "9", 2026, ValueWindow.YEAR_TO_DATE);
            assertThat(recovered.getYearEndProjection()).isCloseTo((260 + 200.0 / 30 * DAYS_LEFT) / (330 + 270.0 / 30 * DAYS_LEFT) * 100, within(1e-9));
            assertThat(recovered.getStatus()).isEqualTo(ValueStatus.MET);

            List<CommuneAlert> after = engine.alerts();
            assertThat(after).extracting(CommuneAlert::getKind).containsExactly(AlertKind.BELOW, AlertKind.RECOVERED);
            assertThat(after).extracting(CommuneAlert::getEpisodeId).containsOnly(alerts.getFirst().getEpisodeId());
            assertThat(alerts.getFirst().getEpisodeId()).isEqualTo("15442|2026|9|2026|YEAR_TO_DATE|1");
        }
    }

    @Test
    void aPastYearIsProjectedToItsValueAndAStockIsNotProjected() {
        try (EngineDriver engine = new EngineDriver(LocalDateTime.parse("2026-07-01T10:00"), state)) {
            dossiers(engine, 3, ONLINE, "2025-12-10");
            dossiers(engine, 1, DIRECT, "2025-12-11");
            IndicatorValue past = engine.value(YEN_NINH, "2023-2025", "1.6", 2025, ValueWindow.YEAR_TO_DATE);
            assertThat(past.getValue()).isEqualTo(75.0);
            assertThat(past.getYearEndProjection()).isEqualTo(75.0);
            assertThat(engine.value(YEN_NINH, "2023-2025", "1.6", 2025, ValueWindow.MONTH_TO_DATE).getYearEndProjection()).isNull();
        }
    }
}
