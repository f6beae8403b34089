package vn.thanhhoa.cds.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.thanhhoa.cds.schemas.raw.DossierStatusChanged;
import vn.thanhhoa.cds.schemas.reference.AdminUnitRecord;
import vn.thanhhoa.cds.sink.testbed.RecordingTaskContext;
import vn.thanhhoa.cds.sink.testbed.SampleRecords;
import vn.thanhhoa.cds.sink.testbed.SinkTestBed;
import vn.thanhhoa.cds.store.Row;

/**
 * The task driven directly, as Connect drives it, against the real embedded ClickHouse and schema
 * registry: so that a test can stop it exactly between an insert and the offset commit, hand records
 * again in other groupings, and take ClickHouse away in the middle. Counts are read without FINAL:
 * one copy means one physical row, not one row after deduplication on read.
 */
@ExtendWith(SinkTestBed.Extension.class)
class ClickHouseSinkTaskTest {

    private static final String TOPIC = "raw.tthc.dossier.task-test";

    private static ClickHouseSinkTask startTask(SinkTestBed bed, String database, RecordingTaskContext context, Map<String, String> extra) {
        Map<String, String> settings = new HashMap<>(Map.of(
                "name", "sink-task-test",
                ClickHouseSinkConfig.CLICKHOUSE_URL_CONFIG, "in-process:" + SinkTestBed.ENGINE_NAME,
                ClickHouseSinkConfig.CLICKHOUSE_DATABASE_CONFIG, database,
                ClickHouseSinkConfig.REGISTRY_URL_CONFIG, bed.stack().registry().url(),
                ClickHouseSinkConfig.FLUSH_INTERVAL_CONFIG, "60000",
                ClickHouseSinkConfig.BATCH_MAX_ROWS_CONFIG, "1000"));
        settings.putAll(extra);
        ClickHouseSinkTask task = new ClickHouseSinkTask();
        task.initialize(context);
        task.start(settings);
        return task;
    }

    private static void putInChunks(ClickHouseSinkTask task, List<SinkRecord> records, int chunk) {
        for (int from = 0; from < records.size(); from += chunk) {
            task.put(new ArrayList<>(records.subList(from, Math.min(records.size(), from + chunk))));
        }
    }

    @Test
    void theSameRecordsHandedTwiceLeaveOneCopy(SinkTestBed bed) {
        String database = bed.migratedDatabase();
        List<SinkRecord> records = bed.sinkRecords(TOPIC, 0, 0, SampleRecords.dossiers("twice", 2_500));
        ClickHouseSinkTask task = startTask(bed, database, new RecordingTaskContext(), Map.of());

        putInChunks(task, records, 500);
        putInChunks(task, records, 700);
        Map<TopicPartition, OffsetAndMetadata> committed = task.preCommit(Map.of());
        task.stop();

        assertThat(committed).containsEntry(new TopicPartition(TOPIC, 0), new OffsetAndMetadata(2_500));
        assertThat(bed.count("SELECT count() AS c FROM " + database + ".raw_dossier")).isEqualTo(2_500);
        assertThat(bed.count("SELECT uniqExact(event_id) AS c FROM " + database + ".raw_dossier")).isEqualTo(2_500);
    }

    @Test
    void aTaskStoppedBetweenInsertAndCommitAndRestartedLeavesOneCopy(SinkTestBed bed) {
        String database = bed.migratedDatabase();
        List<SinkRecord> records = bed.sinkRecords(TOPIC, 0, 0, SampleRecords.dossiers("restart", 2_500));
        ClickHouseSinkTask first = startTask(bed, database, new RecordingTaskContext(), Map.of());
        putInChunks(first, records, 500);
        first.preCommit(Map.of());
        // Every row is in ClickHouse, but the worker died before committing: no offset reached Kafka.
        first.stop();
        assertThat(bed.count("SELECT count() AS c FROM " + database + ".raw_dossier")).isEqualTo(2_500);

        ClickHouseSinkTask second = startTask(bed, database, new RecordingTaskContext(), Map.of());
        putInChunks(second, records, 300);
        Map<TopicPartition, OffsetAndMetadata> committed = second.preCommit(Map.of());
        second.stop();

        assertThat(committed).containsEntry(new TopicPartition(TOPIC, 0), new OffsetAndMetadata(2_500));
        assertThat(bed.count("SELECT count() AS c FROM " + database + ".raw_dossier")).isEqualTo(2_500);
    }

    @Test
    void aBatchRecordedButNeverInsertedIsRebuiltAndInsertedOnce(SinkTestBed bed) {
        String database = bed.migratedDatabase();
        List<SinkRecord> records = bed.sinkRecords(TOPIC, 1, 100, SampleRecords.dossiers("recorded", 400));
        // The task died after recording the batch 100-349 in the log and before its insert.
        bed.clickHouse().execute("INSERT INTO " + database + ".sink_batch VALUES ('sink-task-test', '" + TOPIC + "', 1, 100, 349, now64(3))");

        ClickHouseSinkTask task = startTask(bed, database, new RecordingTaskContext(), Map.of());
        putInChunks(task, records, 64);
        task.preCommit(Map.of());
        task.stop();

        assertThat(bed.count("SELECT count() AS c FROM " + database + ".raw_dossier")).isEqualTo(400);
        List<Row> batches = bed.clickHouse().query("SELECT first_offset, last_offset FROM " + database + ".sink_batch FINAL WHERE kafka_partition = 1");
        assertThat(batches).singleElement().satisfies(row -> assertThat(row.longValue("last_offset")).isEqualTo(499));
    }

    @Test
    void clickHouseUnavailableForAWhileThenBackLosesNothing(SinkTestBed bed) {
        String database = bed.migratedDatabase();
        List<SinkRecord> records = bed.sinkRecords(TOPIC, 2, 0, SampleRecords.dossiers("outage", 1_500));
        RecordingTaskContext context = new RecordingTaskContext();
        ClickHouseSinkTask task = startTask(bed, database, context, Map.of(ClickHouseSinkConfig.RETRY_BACKOFF_CONFIG, "50"));
        task.put(new ArrayList<>(records.subList(0, 500)));

        bed.closeClickHouse();
        try {
            // Connect hands the same records again after each RetriableException, as WorkerSinkTask does.
            for (int attempt = 0; attempt < 3; attempt++) {
                assertThatThrownBy(() -> task.put(new ArrayList<>(records.subList(500, 1_500)))).isInstanceOf(RetriableException.class)
                        .hasMessageContaining("sink-test-bed");
                assertThat(context.timeoutMs()).isEqualTo(50);
            }
        } finally {
            bed.reopenClickHouse();
        }
        task.put(new ArrayList<>(records.subList(500, 1_500)));
        Map<TopicPartition, OffsetAndMetadata> committed = task.preCommit(Map.of());
        task.stop();

        assertThat(committed).containsEntry(new TopicPartition(TOPIC, 2), new OffsetAndMetadata(1_500));
        assertThat(bed.count("SELECT count() AS c FROM " + database + ".raw_dossier")).isEqualTo(1_500);
    }

    @Test
    void aServerRefusingConnectionsIsRetriedNotFatal(SinkTestBed bed) throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ClickHouseSinkTask task = startTask(bed, "cds", new RecordingTaskContext(),
                Map.of(ClickHouseSinkConfig.CLICKHOUSE_URL_CONFIG, "jdbc:clickhouse://127.0.0.1:" + closedPort + "/default"));
        List<SinkRecord> records = bed.sinkRecords(TOPIC, 0, 0, SampleRecords.dossiers("refused", 3));

        assertThatThrownBy(() -> task.put(records)).isInstanceOf(RetriableException.class).hasMessageContaining("127.0.0.1:" + closedPort);
        assertThatThrownBy(() -> task.put(records)).isInstanceOf(RetriableException.class);
        task.stop();
    }

    @Test
    void recordsThatCannotBeWrittenAreReportedWithTheirReasonAndTheRestIsWritten(SinkTestBed bed) {
        String database = bed.migratedDatabase();
        List<DossierStatusChanged> dossiers = SampleRecords.dossiers("errant", 3);
        byte[] unknownSchema = bed.wireFormat(TOPIC, dossiers.get(2)).clone();
        unknownSchema[1] = 0x7f;
        AdminUnitRecord unit = AdminUnitRecord.newBuilder().setCode("15763").setValidFrom(java.time.LocalDate.of(2025, 7, 1)).setName("Xã Thọ Phú").setLevel("COMMUNE").build();
        List<SinkRecord> records = List.of(
                new SinkRecord(TOPIC, 0, null, null, null, bed.wireFormat(TOPIC, dossiers.get(0)), 0),
                new SinkRecord(TOPIC, 0, null, null, null, "{\"MaHoSo\": \"not Avro\"}".getBytes(), 1),
                new SinkRecord(TOPIC, 0, null, null, null, unknownSchema, 2),
                new SinkRecord(TOPIC, 0, null, null, null, bed.wireFormat("ref.admin-unit.sink-test", unit), 3),
                new SinkRecord(TOPIC, 0, null, null, null, bed.wireFormat(TOPIC, dossiers.get(1)), 4),
                new SinkRecord(TOPIC, 0, null, null, null, bed.wireFormat("raw.declaration.sink-test", SampleRecords.declaration()), 5));
        RecordingTaskContext context = new RecordingTaskContext();
        ClickHouseSinkTask task = startTask(bed, database, context, Map.of());

        task.put(records);
        Map<TopicPartition, OffsetAndMetadata> committed = task.preCommit(Map.of());
        task.stop();

        assertThat(context.reports()).extracting(report -> report.record().kafkaOffset() + ": " + report.reason().getMessage()).satisfiesExactly(
                reason -> assertThat(reason).startsWith("1: the value is not in Confluent's wire format"),
                reason -> assertThat(reason).startsWith("2: schema id ").contains("is not in the schema registry"),
                reason -> assertThat(reason).startsWith("3: no ClickHouse table takes records of type vn.thanhhoa.cds.schemas.reference.AdminUnitRecord"));
        assertThat(committed).containsEntry(new TopicPartition(TOPIC, 0), new OffsetAndMetadata(6));
        assertThat(bed.count("SELECT count() AS c FROM " + database + ".raw_dossier")).isEqualTo(2);
        Row declaration = bed.clickHouse().query("SELECT evidence.title AS titles, parts['web.dx_section'] AS section, toString(declared_at) AS at FROM "
                + database + ".raw_declaration").getFirst();
        assertThat(declaration.get("titles")).isEqualTo(List.of("Chuyên mục chuyển đổi số trên cổng thông tin xã"));
        assertThat(declaration.doubleValue("section")).isEqualTo(1.0);
        assertThat(declaration.string("at")).isEqualTo("2026-01-05 08:00:00.000");
    }
}
