package vn.thanhhoa.cds.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.thanhhoa.cds.schemas.indicator.IndicatorValue;
import vn.thanhhoa.cds.schemas.indicator.UnitLevel;
import vn.thanhhoa.cds.schemas.indicator.ValueStatus;
import vn.thanhhoa.cds.schemas.indicator.ValueWindow;
import vn.thanhhoa.cds.sink.testbed.RecordingTaskContext;
import vn.thanhhoa.cds.sink.testbed.SinkTestBed;
import vn.thanhhoa.cds.store.Row;

/**
 * The engine's two value topics, indicator.value (live) and indicator.value.month-end, carry the same
 * record type: the sink binds by record name, so both land in {@code indicator_value_daily}; the store's
 * view (V014) copies only the live one into {@code indicator_value_latest}.
 */
@ExtendWith(SinkTestBed.Extension.class)
class MonthEndSinkTest {

    private static final String LIVE = "indicator.value.sink-test";
    private static final String MONTH_END = "indicator.value.month-end.sink-test";

    private static IndicatorValue yearToDate(LocalDate end, double online, double received, Instant computedAt) {
        return IndicatorValue.newBuilder().setUnitCode("15442").setUnitLevel(UnitLevel.COMMUNE).setIndicatorSet("2026").setIndicatorCode("9")
                .setYear(2026).setWindowKind(ValueWindow.YEAR_TO_DATE).setWindowStart(LocalDate.of(2026, 1, 1)).setWindowEnd(end)
                .setJudged(true).setNumerator(online).setDenominator(received).setValue(online / received * 100)
                .setStatus(ValueStatus.NOT_APPLICABLE).setComputedAt(computedAt).build();
    }

    @Test
    void bothValueTopicsLandInTheDailyHistoryAndOnlyTheLiveValueIsLatest(SinkTestBed bed) {
        String database = bed.migratedDatabase();
        // 10 November 2026, 10:00 and 10:01 in Vietnam: today's value, then March's month-end value.
        IndicatorValue live = yearToDate(LocalDate.of(2026, 11, 10), 4, 6, Instant.parse("2026-11-10T03:00:00Z"));
        IndicatorValue march = yearToDate(LocalDate.of(2026, 3, 31), 3, 4, Instant.parse("2026-11-10T03:01:00Z"));
        ClickHouseSinkTask task = new ClickHouseSinkTask();
        task.initialize(new RecordingTaskContext());
        task.start(Map.of("name", "month-end-sink-test",
                ClickHouseSinkConfig.CLICKHOUSE_URL_CONFIG, "in-process:" + SinkTestBed.ENGINE_NAME,
                ClickHouseSinkConfig.CLICKHOUSE_DATABASE_CONFIG, database,
                ClickHouseSinkConfig.REGISTRY_URL_CONFIG, bed.stack().registry().url()));
        task.put(List.of(new SinkRecord(LIVE, 0, null, null, null, bed.wireFormat(LIVE, live), 0),
                new SinkRecord(MONTH_END, 0, null, null, null, bed.wireFormat(MONTH_END, march), 0)));
        task.preCommit(Map.of());
        task.stop();

        List<Row> daily = bed.clickHouse().query("SELECT toString(window_end) AS day, numerator, denominator, toString(computed_at) AS at FROM "
                + database + ".indicator_value_daily WHERE unit_code = '15442' ORDER BY window_end");
        assertThat(daily).extracting(r -> r.string("day")).containsExactly("2026-03-31", "2026-11-10");
        assertThat(daily).extracting(r -> r.doubleValue("denominator")).containsExactly(4.0, 6.0);
        assertThat(daily).extracting(r -> r.string("at")).containsExactly("2026-11-10 10:01:00.000", "2026-11-10 10:00:00.000");

        List<Row> latest = bed.clickHouse().query("SELECT toString(window_end) AS day, denominator FROM " + database
                + ".indicator_value_latest FINAL WHERE unit_code = '15442'");
        assertThat(latest).extracting(r -> r.string("day")).containsExactly("2026-11-10");
        assertThat(latest.getFirst().doubleValue("denominator")).isEqualTo(6.0);
    }
}
