package vn.thanhhoa.cds.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.thanhhoa.cds.schemas.indicator.IndicatorValue;
import vn.thanhhoa.cds.schemas.indicator.UnitLevel;
import vn.thanhhoa.cds.schemas.indicator.ValueStatus;
import vn.thanhhoa.cds.schemas.indicator.ValueWindow;
import vn.thanhhoa.cds.sink.testbed.SinkTestBed;
import vn.thanhhoa.cds.store.Row;

/**
 * The delay from a record on an indicator-value topic to its row being readable in ClickHouse, at a
 * steady live rate, through the sink deployed in the Connect worker with its default flush interval
 * (DESIGN 5 aims at p95 under 1.5 s). Value i carries i as its numerator; the topic has one
 * partition and the sink inserts in offset order, so a poll that sees the largest numerator n has
 * values 0…n readable. Not run by `./mvnw verify`:
 * {@code ./mvnw -pl sink -am verify -Dtest=SinkLatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false};
 * report in {@code sink/target/benchmarks/sink-latency.md}.
 */
@ExtendWith(SinkTestBed.Extension.class)
class SinkLatencyBenchmark {

    private static final int RATE_PER_SECOND = Integer.getInteger("benchmark.rate", 1000);
    private static final int SECONDS = Integer.getInteger("benchmark.seconds", 30);

    @Test
    void indicatorValueToReadableRow(SinkTestBed bed) throws Exception {
        String database = bed.migratedDatabase();
        String topic = bed.topic("indicator.value.latency", 1);
        Map<String, String> settings = new HashMap<>(Map.of("topics", topic,
                ClickHouseSinkConfig.CLICKHOUSE_URL_CONFIG, "in-process:" + SinkTestBed.ENGINE_NAME,
                ClickHouseSinkConfig.CLICKHOUSE_DATABASE_CONFIG, database,
                ClickHouseSinkConfig.REGISTRY_URL_CONFIG, bed.stack().registry().url()));
        bed.stack().connect().deploy("latency", ClickHouseSinkConfig.connectorConfig(settings));

        int total = RATE_PER_SECOND * SECONDS;
        long[] sentAt = new long[total];
        long[] readableAt = new long[total];
        Thread poller = Thread.ofPlatform().start(() -> poll(bed, database, sentAt, readableAt));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bed.stack().bootstrapServers(), "linger.ms", 0),
                new StringSerializer(), new ByteArraySerializer())) {
            long start = System.nanoTime();
            for (int i = 0; i < total; i++) {
                long due = start + i * 1_000_000_000L / RATE_PER_SECOND;
                while (System.nanoTime() < due) {
                    Thread.onSpinWait();
                }
                byte[] value = bed.wireFormat(topic, value(i, System.currentTimeMillis()));
                sentAt[i] = System.nanoTime();
                producer.send(new ProducerRecord<>(topic, 0, "k" + i, value));
            }
            producer.flush();
        }
        poller.join(60_000);
        assertThat(Arrays.stream(readableAt).filter(t -> t == 0L).count()).as("values never readable").isZero();
        long[] delays = new long[total];
        for (int i = 0; i < total; i++) {
            delays[i] = (readableAt[i] - sentAt[i]) / 1_000_000;
        }
        Arrays.sort(delays);
        String report = "# Sink latency\n\n%d indicator values at %d a second for %d s, one partition, default flush interval; "
                .formatted(total, RATE_PER_SECOND, SECONDS)
                + "delay from send to readable in ClickHouse (polled every 20 ms):\n\n| p50 | p95 | p99 | max |\n|---|---|---|---|\n"
                + "| %d ms | %d ms | %d ms | %d ms |%n".formatted(delays[total / 2], delays[total * 95 / 100], delays[total * 99 / 100], delays[total - 1]);
        Path out = Path.of("target/benchmarks/sink-latency.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.println(report);
        bed.stack().connect().remove("latency");
    }

    private static void poll(SinkTestBed bed, String database, long[] sentAt, long[] readableAt) {
        int seen = 0;
        long deadline = System.currentTimeMillis() + (SECONDS + 60) * 1000L;
        while (seen < sentAt.length && System.currentTimeMillis() < deadline) {
            List<Row> rows = bed.clickHouse().query("SELECT max(numerator) AS m, count() AS c FROM " + database + ".indicator_value_daily");
            long now = System.nanoTime();
            long newest = rows.getFirst().longValue("c") == 0 ? -1 : (long) rows.getFirst().doubleValue("m");
            while (seen < sentAt.length && seen <= newest) {
                readableAt[seen++] = now;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static IndicatorValue value(int i, long sentAt) {
        return IndicatorValue.newBuilder()
                .setUnitCode(String.valueOf(15000 + i % 166)).setUnitLevel(UnitLevel.COMMUNE).setIndicatorSet("2026")
                .setIndicatorCode(String.valueOf(1 + i % 30)).setYear(2026).setWindowKind(ValueWindow.YEAR_TO_DATE)
                .setWindowStart(LocalDate.of(2026, 1, 1)).setWindowEnd(LocalDate.of(2026, 11, 25)).setJudged(true)
                .setNumerator((double) i).setDenominator(100.0).setValue(70.0).setTargetOperator(">=").setTargetValue(70.0).setTargetUpper(null)
                .setCommuneTarget(false).setStatus(ValueStatus.MET).setYearEndProjection(null).setPoints(null).setApproximate(false)
                .setDataQuality(null).setLatestEventAt(Instant.ofEpochMilli(sentAt)).setComputedAt(Instant.ofEpochMilli(sentAt)).build();
    }
}
