package vn.thanhhoa.cds.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thanhhoa.cds.streams.EngineDriver.reported;

import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.schemas.indicator.IndicatorValue;
import vn.thanhhoa.cds.schemas.indicator.ValueStatus;
import vn.thanhhoa.cds.schemas.indicator.ValueWindow;

/**
 * Monthly reports, as of the day: each reporter's latest file for a commune, measure and month wins
 * (a correction replaces, never adds), and several reporters combine by the catalog's rule.
 */
class ReportedStockTest {

    private static final String YEN_NINH = "15442";

    @TempDir
    Path state;

    @Test
    void signaturesTakeTheLargestProviderAndACorrectionReplacesItsReport() {
        try (EngineDriver engine = new EngineDriver(LocalDateTime.parse("2026-11-25T10:00"), state)) {
            engine.statistic(YEN_NINH, 2026, "population.adult", 2000);
            engine.target("2026", "28", 2026, null, ">=", 40.0);
            engine.report(reported(YEN_NINH, "telecom.adults.digital_signature", "2026-09", 700, "VNPT Thanh Hóa", "2026-10-05T09:00"));
            engine.report(reported(YEN_NINH, "telecom.adults.digital_signature", "2026-09", 500, "Viettel Thanh Hóa", "2026-10-06T09:00"));

            // 2026 item 28: adults with a digital signature over adults. The largest provider: 700 / 2000 = 35 %.
            IndicatorValue value = engine.value(YEN_NINH, "2026", "28", 2026, ValueWindow.AS_OF);
            assertThat(value.getNumerator()).isEqualTo(700.0);
            assertThat(value.getValue()).isEqualTo(35.0);
            assertThat(value.getStatus()).isEqualTo(ValueStatus.BELOW);

            // VNPT corrects its September file: 900 replaces 700 (not 1,600). 900 / 2000 = 45 %.
            engine.report(reported(YEN_NINH, "telecom.adults.digital_signature", "2026-09", 900, "VNPT Thanh Hóa", "2026-10-09T09:00"));
            value = engine.value(YEN_NINH, "2026", "28", 2026, ValueWindow.AS_OF);
            assertThat(value.getNumerator()).isEqualTo(900.0);
            assertThat(value.getStatus()).isEqualTo(ValueStatus.MET);

            // The older file delivered again after the correction changes nothing.
            engine.report(reported(YEN_NINH, "telecom.adults.digital_signature", "2026-09", 700, "VNPT Thanh Hóa", "2026-10-05T09:00"));
            assertThat(engine.value(YEN_NINH, "2026", "28", 2026, ValueWindow.AS_OF).getNumerator()).isEqualTo(900.0);
        }
    }

    @Test
    void fibreHouseholdsAddUpOverOperatorsAndTheLatestMonthIsTheValue() {
        try (EngineDriver engine = new EngineDriver(LocalDateTime.parse("2026-11-25T10:00"), state)) {
            engine.statistic(YEN_NINH, 2026, "household.total", 3000);
            engine.target("2026", "24", 2026, null, ">=", 80.0);
            engine.report(reported(YEN_NINH, "telecom.households.ftth", "2026-08", 1500, "VNPT Thanh Hóa", "2026-09-05T09:00"));
            engine.report(reported(YEN_NINH, "telecom.households.ftth", "2026-09", 1800, "VNPT Thanh Hóa", "2026-10-05T09:00"));
            engine.report(reported(YEN_NINH, "telecom.households.ftth", "2026-09", 900, "Viettel Thanh Hóa", "2026-10-06T09:00"));

            // 2026 item 24: September, the latest month: 1,800 + 900 = 2,700 of 3,000 households = 90 %.
            IndicatorValue value = engine.value(YEN_NINH, "2026", "24", 2026, ValueWindow.AS_OF);
            assertThat(value.getNumerator()).isEqualTo(2700.0);
            assertThat(value.getValue()).isEqualTo(90.0);
            assertThat(value.getStatus()).isEqualTo(ValueStatus.MET);
        }
    }
}
