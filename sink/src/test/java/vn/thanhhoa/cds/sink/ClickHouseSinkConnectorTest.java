package vn.thanhhoa.cds.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.thanhhoa.cds.runtime.kafka.TopicContents;
import vn.thanhhoa.cds.schemas.raw.DossierStatusChanged;
import vn.thanhhoa.cds.sink.testbed.SampleRecords;
import vn.thanhhoa.cds.sink.testbed.SinkTestBed;

/** The sink deployed in the embedded Kafka Connect worker, reading a real topic into the embedded ClickHouse. */
@ExtendWith(SinkTestBed.Extension.class)
class ClickHouseSinkConnectorTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Test
    void everyRecordOnceThroughAnOutageAndTheUndecodableInTheDeadLetterQueueWithItsReason(SinkTestBed bed) throws Exception {
        String database = bed.migratedDatabase();
        String topic = bed.topic("raw.tthc.dossier.connector-test", 1);
        String dlq = bed.topic("dlq.sink.connector-test", 1);
        List<DossierStatusChanged> dossiers = SampleRecords.dossiers("connector", 3_000);
        List<byte[]> firstHalf = dossiers.subList(0, 1_500).stream().map(record -> bed.wireFormat(topic, record)).toList();
        List<byte[]> secondHalf = new ArrayList<>(dossiers.subList(1_500, 3_000).stream().map(record -> bed.wireFormat(topic, record)).toList());
        // Raw topics are at-least-once under crashes: the same records twice in the topic.
        secondHalf.addAll(firstHalf.subList(0, 200));
        secondHalf.add("{\"MaHoSo\": \"000.00.20.H56-260105-99999\"}".getBytes(StandardCharsets.UTF_8));

        bed.produce(topic, firstHalf);
        bed.stack().connect().deploy("clickhouse-sink-test", ClickHouseSinkConfig.connectorConfig(Map.of(
                "topics", topic,
                ClickHouseSinkConfig.CLICKHOUSE_URL_CONFIG, "in-process:" + SinkTestBed.ENGINE_NAME,
                ClickHouseSinkConfig.CLICKHOUSE_DATABASE_CONFIG, database,
                ClickHouseSinkConfig.REGISTRY_URL_CONFIG, bed.stack().registry().url(),
                ClickHouseSinkConfig.FLUSH_INTERVAL_CONFIG, "200",
                ClickHouseSinkConfig.RETRY_BACKOFF_CONFIG, "200",
                "errors.tolerance", "all",
                "errors.deadletterqueue.topic.name", dlq,
                "errors.deadletterqueue.topic.replication.factor", "1",
                "errors.deadletterqueue.context.headers.enable", "true")));
        try {
            awaitAtLeast(() -> bed.count("SELECT count() AS c FROM " + database + ".raw_dossier"), 1_500);

            bed.closeClickHouse();
            try {
                bed.produce(topic, secondHalf);
                Thread.sleep(3_000);
                assertThat(bed.stack().connect().taskStates("clickhouse-sink-test")).containsExactly("RUNNING");
            } finally {
                bed.reopenClickHouse();
            }

            awaitAtLeast(() -> bed.count("SELECT count() AS c FROM " + database + ".raw_dossier"), 3_200);
            assertThat(bed.count("SELECT count() AS c FROM " + database + ".raw_dossier FINAL")).isEqualTo(3_000);
            assertThat(bed.count("SELECT uniqExact(event_id) AS c FROM " + database + ".raw_dossier")).isEqualTo(3_000);

            List<ConsumerRecord<byte[], byte[]>> letters = new TopicContents(bed.stack().bootstrapServers())
                    .readUntil(dlq, records -> !records.isEmpty(), PATIENCE);
            assertThat(letters).singleElement().satisfies(letter -> {
                assertThat(header(letter, "__connect.errors.exception.message")).startsWith("the value is not in Confluent's wire format");
                assertThat(header(letter, "__connect.errors.offset")).isEqualTo("3200");
            });
        } finally {
            bed.stack().connect().remove("clickhouse-sink-test");
        }
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void awaitAtLeast(LongSupplier count, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        long seen = count.getAsLong();
        while (seen < expected && System.nanoTime() < deadline) {
            Thread.sleep(100);
            seen = count.getAsLong();
        }
        assertThat(seen).as("rows after waiting").isGreaterThanOrEqualTo(expected);
    }
}
