package vn.thanhhoa.cds.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.thanhhoa.cds.schemas.raw.DossierStatusChanged;
import vn.thanhhoa.cds.sink.testbed.RecordingTaskContext;
import vn.thanhhoa.cds.sink.testbed.SampleRecords;
import vn.thanhhoa.cds.sink.testbed.SinkTestBed;

/**
 * Rows per second into the embedded ClickHouse (DESIGN 5 aims at 200,000 on this 2-core machine).
 * Not run by `./mvnw verify` (surefire excludes *Benchmark): run
 * {@code ./mvnw -pl sink -am verify -Dtest=SinkBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * The report goes to {@code sink/target/benchmarks/sink.md}.
 */
@ExtendWith(SinkTestBed.Extension.class)
class SinkBenchmark {

    private static final int RECORDS = 300_000;
    private static final int PARTITIONS = 12;

    @Test
    void rowsPerSecondIntoTheEmbeddedClickHouse(SinkTestBed bed) throws Exception {
        List<DossierStatusChanged> dossiers = SampleRecords.dossiers("bench", RECORDS);
        StringBuilder report = new StringBuilder("# Sink benchmark\n\n" + RECORDS + " one-stop dossier records (DossierStatusChanged, 29 fields), "
                + "embedded ClickHouse, one JVM.\n\n| path | time | rows/s |\n|---|---|---|\n");

        // The task alone: decode, convert, batch, insert (records already in the wire format, no broker).
        String topic = "raw.tthc.dossier.bench-task";
        List<SinkRecord> records = bed.sinkRecords(topic, 0, 0, dossiers);
        for (int round = 0; round < 2; round++) {
            String database = bed.migratedDatabase();
            ClickHouseSinkTask task = new ClickHouseSinkTask();
            task.initialize(new RecordingTaskContext());
            task.start(settings(bed, database, Map.of("name", "bench-task", ClickHouseSinkConfig.FLUSH_INTERVAL_CONFIG, "1000")));
            long started = System.nanoTime();
            for (int from = 0; from < records.size(); from += 500) {
                task.put(new ArrayList<>(records.subList(from, Math.min(records.size(), from + 500))));
            }
            task.preCommit(Map.of());
            double seconds = (System.nanoTime() - started) / 1e9;
            task.stop();
            assertThat(bed.count("SELECT count() AS c FROM " + database + ".raw_dossier")).isEqualTo(RECORDS);
            report.append(row("task alone (decode, convert, insert), run " + (round + 1), seconds));
        }

        // The task alone in the pipeline's shape: the raw topics' records spread over 12 partitions (three
        // topics of 3 and three of 1), handed 500 at a time from one partition after another as a consumer
        // fetches them, and a commit (preCommit, which writes every open batch) each second as the worker
        // does (offset.flush.interval.ms 1000): one insert per partition per second, a few thousand rows each.
        for (int round = 0; round < 2; round++) {
            String database = bed.migratedDatabase();
            List<List<SinkRecord>> partitions = new ArrayList<>();
            for (int partition = 0; partition < PARTITIONS; partition++) {
                List<DossierStatusChanged> share = new ArrayList<>();
                for (int i = partition; i < dossiers.size(); i += PARTITIONS) {
                    share.add(dossiers.get(i));
                }
                partitions.add(bed.sinkRecords("raw.tthc.dossier.bench-spread", partition, 0, share));
            }
            ClickHouseSinkTask task = new ClickHouseSinkTask();
            task.initialize(new RecordingTaskContext());
            task.start(settings(bed, database, Map.of("name", "bench-spread", ClickHouseSinkConfig.FLUSH_INTERVAL_CONFIG, "1000")));
            // With -Dbenchmark.jfr=true, JDK Flight Recorder over the second run: where the task's time goes
            // (target/benchmarks/sink-spread.jfr). Off by default: the recording slows the run it records.
            jdk.jfr.Recording recording = round == 1 && Boolean.getBoolean("benchmark.jfr")
                    ? new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile")) : null;
            if (recording != null) {
                recording.start();
            }
            long started = System.nanoTime();
            long lastCommit = started;
            int[] next = new int[PARTITIONS];
            boolean more = true;
            while (more) {
                more = false;
                for (int partition = 0; partition < PARTITIONS; partition++) {
                    List<SinkRecord> share = partitions.get(partition);
                    if (next[partition] < share.size()) {
                        task.put(new ArrayList<>(share.subList(next[partition], Math.min(share.size(), next[partition] + 500))));
                        next[partition] += 500;
                        more = true;
                    }
                    if (System.nanoTime() - lastCommit >= 1_000_000_000L) {
                        task.preCommit(Map.of());
                        lastCommit = System.nanoTime();
                    }
                }
            }
            task.preCommit(Map.of());
            double seconds = (System.nanoTime() - started) / 1e9;
            if (recording != null) {
                recording.stop();
                Files.createDirectories(Path.of("target/benchmarks"));
                recording.dump(Path.of("target/benchmarks/sink-spread.jfr"));
                recording.close();
            }
            task.stop();
            assertThat(bed.count("SELECT count() AS c FROM " + database + ".raw_dossier")).isEqualTo(RECORDS);
            report.append(row("task alone, " + PARTITIONS + " partitions, 500-record puts in turn, a commit each second, run " + (round + 1), seconds));
        }

        // Through Kafka Connect: a topic of 3 partitions read by the sink in the embedded worker.
        String database = bed.migratedDatabase();
        String connectTopic = bed.topic("raw.tthc.dossier.bench-connect", 1);
        bed.produce(connectTopic, dossiers.stream().map(record -> bed.wireFormat(connectTopic, record)).toList());
        long started = System.nanoTime();
        bed.stack().connect().deploy("bench-connect", ClickHouseSinkConfig.connectorConfig(settings(bed, database, Map.of("topics", connectTopic,
                "consumer.override.max.poll.records", "5000"))));
        long rows = 0;
        while (rows < RECORDS && System.nanoTime() - started < 300_000_000_000L) {
            Thread.sleep(50);
            rows = bed.count("SELECT count() AS c FROM " + database + ".raw_dossier");
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        bed.stack().connect().remove("bench-connect");
        assertThat(rows).isEqualTo(RECORDS);
        report.append(row("Kafka Connect worker → sink → ClickHouse, deploy to last row (1 partition, max.poll.records 5000)", seconds));

        Path out = Path.of("target/benchmarks/sink.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
        System.out.println(report);
    }

    private static Map<String, String> settings(SinkTestBed bed, String database, Map<String, String> extra) {
        Map<String, String> settings = new HashMap<>(Map.of(
                ClickHouseSinkConfig.CLICKHOUSE_URL_CONFIG, "in-process:" + SinkTestBed.ENGINE_NAME,
                ClickHouseSinkConfig.CLICKHOUSE_DATABASE_CONFIG, database,
                ClickHouseSinkConfig.REGISTRY_URL_CONFIG, bed.stack().registry().url()));
        settings.putAll(extra);
        return settings;
    }

    private static String row(String path, double seconds) {
        return "| %s | %.2f s | %,.0f |%n".formatted(path, seconds, RECORDS / seconds);
    }
}
