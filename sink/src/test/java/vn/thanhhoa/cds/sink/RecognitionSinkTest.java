package vn.thanhhoa.cds.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.thanhhoa.cds.schemas.recognition.CommuneRecognition;
import vn.thanhhoa.cds.sink.testbed.RecordingTaskContext;
import vn.thanhhoa.cds.sink.testbed.SinkTestBed;
import vn.thanhhoa.cds.store.Row;

/** The engine's recognition outlooks reach {@code recognition_commune} (store V004), every field in its column. */
@ExtendWith(SinkTestBed.Extension.class)
class RecognitionSinkTest {

    private static final String TOPIC = "recognition.commune.sink-test";

    @Test
    void anOutlookIsARowOfTheRecognitionTable(SinkTestBed bed) {
        String database = bed.migratedDatabase();
        CommuneRecognition outlook = CommuneRecognition.newBuilder()
                .setIndicatorSet("2023-2025").setCommuneCode("15433").setYear(2024).setAsOf(LocalDate.of(2024, 12, 31))
                .setIndicatorsAssigned(37).setIndicatorsMet(35).setIndexPoints(2240).setIndexPointsMax(3200).setRecognised(false)
                .setBlockingIndicators(List.of("1.1", "3.10")).setComputedAt(Instant.parse("2026-11-25T03:00:00Z")).build();
        ClickHouseSinkTask task = new ClickHouseSinkTask();
        task.initialize(new RecordingTaskContext());
        task.start(Map.of("name", "recognition-sink-test",
                ClickHouseSinkConfig.CLICKHOUSE_URL_CONFIG, "in-process:" + SinkTestBed.ENGINE_NAME,
                ClickHouseSinkConfig.CLICKHOUSE_DATABASE_CONFIG, database,
                ClickHouseSinkConfig.REGISTRY_URL_CONFIG, bed.stack().registry().url()));
        task.put(List.of(new SinkRecord(TOPIC, 0, null, null, null, bed.wireFormat(TOPIC, outlook), 0)));
        task.preCommit(Map.of());
        task.stop();

        Row row = bed.clickHouse().query("SELECT commune_code, year, toString(as_of) AS day, indicators_assigned, indicators_met, index_points, "
                + "index_points_max, recognised, blocking_indicators, toString(computed_at) AS at FROM " + database + ".recognition_commune").getFirst();
        assertThat(row.string("commune_code")).isEqualTo("15433");
        assertThat(row.longValue("year")).isEqualTo(2024);
        assertThat(row.string("day")).isEqualTo("2024-12-31");
        assertThat(row.longValue("indicators_assigned")).isEqualTo(37);
        assertThat(row.longValue("indicators_met")).isEqualTo(35);
        assertThat(row.doubleValue("index_points")).isEqualTo(2240.0);
        assertThat(row.doubleValue("index_points_max")).isEqualTo(3200.0);
        assertThat(row.get("recognised")).isEqualTo(false);
        assertThat(row.get("blocking_indicators")).isEqualTo(List.of("1.1", "3.10"));
        assertThat(row.string("at")).isEqualTo("2026-11-25 10:00:00.000");
    }
}
