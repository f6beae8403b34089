package vn.thanhhoa.cds.connectors.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import javax.management.AttributeNotFoundException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.thanhhoa.cds.connectors.agency.AgencyCommuneMapping;
import vn.thanhhoa.cds.connectors.deadletter.Parsed;
import vn.thanhhoa.cds.connectors.privacy.Pseudonymiser;
import vn.thanhhoa.cds.connectors.privacy.PseudonymKey;
import vn.thanhhoa.cds.connectors.testbed.ConnectorTestBed;
import vn.thanhhoa.cds.connectors.testbed.ConnectorTestBed.Topics;
import vn.thanhhoa.cds.connectors.testbed.ReferenceFiles;
import vn.thanhhoa.cds.connectors.tthc.DossierFileSourceConfig;
import vn.thanhhoa.cds.connectors.tthc.DossierRecordMapping;
import vn.thanhhoa.cds.schemas.serde.ConfluentWireFormat;
import vn.thanhhoa.cds.schemas.serde.WireFormatSerializer;
import vn.thanhhoa.cds.simulators.tthc.DossierExportSimulator;
import vn.thanhhoa.cds.simulators.tthc.DossierFeed;
import vn.thanhhoa.cds.simulators.tthc.SimulatedAgency;

/**
 * How fast the one-stop exports (the largest feed) get in: a year of the province's dossiers
 * through the file connector into Kafka (Connect worker, Avro through the registry, broker), against
 * the mapping alone (parse, validate, pseudonymise) on the same lines in the same run, and the ratio.
 * Not part of the test run (the name ends in Benchmark, which surefire leaves out by default); run with
 * {@code ./mvnw -pl connectors -am verify -Dtest=IngestionBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * Figures go to stdout and {@code connectors/target/benchmarks/ingestion.md}; nothing here asserts a time.
 */
@ExtendWith(ConnectorTestBed.Extension.class)
class IngestionBenchmark {

    private static final int COMMUNES = 166;
    private static final int DOSSIERS = 60_000;
    private static final int MAPPING_ROUNDS = 3;

    @Test
    void dossierLinesPerSecondThroughTheConnectorAndByTheMappingAlone(ConnectorTestBed bed) throws Exception {
        String startLoad = loadAverage();
        List<SimulatedAgency> agencies = IntStream.range(0, COMMUNES)
                .mapToObj(i -> new SimulatedAgency(String.format("000.%02d.%02d.H56", i / 100, i % 100), String.valueOf(14000 + 3 * i))).toList();
        Path input = bed.folder("benchmark/tthc/in");
        DossierFeed feed = new DossierExportSimulator(2026, agencies, YearMonth.of(2025, 7), 12, DOSSIERS).writeTo(input);
        Path agencyFile = ReferenceFiles.agencyMapping(input.resolveSibling("agencies.csv"), agencies, LocalDate.of(2020, 1, 1));
        List<String> lines = new ArrayList<>();
        for (Path file : feed.files()) {
            Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank()).forEach(lines::add);
        }
        long expectedAccepted = feed.linesWritten() - feed.rejectedLines();

        DossierRecordMapping mapping = new DossierRecordMapping(AgencyCommuneMapping.read(agencyFile, "agency.mapping.file"),
                new Pseudonymiser(PseudonymKey.readFrom(bed.pseudonymKey(), "pseudonym.key.file")));
        assertThat(mapAll(mapping, lines)).isEqualTo(expectedAccepted);
        long bestMappingNanos = bestOf(() -> mapAll(mapping, lines));

        // The mapping and the Avro serialisation: the registry's serde as it comes, and the task's
        // serializer (which resolves each schema's id once), on the same lines in the same run.
        Topics topics = bed.topics("raw.tthc.dossier", "benchmark");
        long bestRegistrySerdeNanos = Long.MAX_VALUE;
        try (AvroKafkaSerializer<SpecificRecord> serde = new AvroKafkaSerializer<>()) {
            serde.configure(ConfluentWireFormat.serdeConfig(bed.stack().registry().url(), false), false);
            bestRegistrySerdeNanos = bestOf(() -> mapAndSerialise(mapping, serde, topics.raw(), lines));
        }
        long bestTaskSerializerNanos;
        try (WireFormatSerializer serializer = new WireFormatSerializer(bed.stack().registry().url())) {
            bestTaskSerializerNanos = bestOf(() -> mapAndSerialise(mapping, serializer, topics.raw(), lines));
        }

        Map<String, String> settings = new HashMap<>();
        settings.put(DossierFileSourceConfig.INPUT_DIR_CONFIG, input.toString());
        settings.put(DossierFileSourceConfig.QUARANTINE_DIR_CONFIG, input.resolveSibling("quarantine").toString());
        settings.put(DossierFileSourceConfig.AGENCY_MAPPING_CONFIG, agencyFile.toString());
        settings.put(DossierFileSourceConfig.PSEUDONYM_KEY_FILE_CONFIG, bed.pseudonymKey().toString());
        settings.put(DossierFileSourceConfig.REGISTRY_URL_CONFIG, bed.stack().registry().url());
        settings.put(DossierFileSourceConfig.POLL_INTERVAL_CONFIG, "100");
        // The connector as deployed, twice on fresh topics: the first run also pays the JVM's warm-up
        // of Connect's, the producer's and the broker's paths (the mapping is warm by then), the second
        // shows the steady rate. -Dbenchmark.extra=key=value,… adds a third run with those settings
        // (producer.override.*, batch.size…), to try a setting against the deployed one in one JVM.
        List<ConnectorRun> runs = new ArrayList<>();
        runs.add(runConnector(bed, "benchmark-dossiers", "as deployed", settings, Map.of(), expectedAccepted, feed.rejectedLines()));
        runs.add(runConnector(bed, "benchmark-dossiers-again", "as deployed, again (warm JVM)", settings, Map.of(), expectedAccepted, feed.rejectedLines()));
        Map<String, String> extra = extraSettings(System.getProperty("benchmark.extra", ""));
        if (!extra.isEmpty()) {
            runs.add(runConnector(bed, "benchmark-dossiers-extra", "with " + extra, settings, extra, expectedAccepted, feed.rejectedLines()));
        }

        double mappingRate = lines.size() / (bestMappingNanos / 1e9);
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, """
                # Ingestion benchmark: one-stop dossier exports
                %,d lines (%,d accepted, %,d dead-lettered), %d communes, 12 months, %d cores, load average %s at the start
                | path | time | lines/s |
                |---|---|---|
                | mapping alone (parse, validate, pseudonymise; best of %d) | %.2f s | %,.0f |
                | mapping + Avro with the registry's serde (Apicurio AvroKafkaSerializer) | %.2f s | %,.0f |
                | mapping + Avro with the task's WireFormatSerializer (schema id resolved once) | %.2f s | %,.0f |
                """, lines.size(), expectedAccepted, feed.rejectedLines(), COMMUNES, Runtime.getRuntime().availableProcessors(), startLoad,
                MAPPING_ROUNDS, bestMappingNanos / 1e9, mappingRate, bestRegistrySerdeNanos / 1e9, lines.size() / (bestRegistrySerdeNanos / 1e9),
                bestTaskSerializerNanos / 1e9, lines.size() / (bestTaskSerializerNanos / 1e9)));
        for (ConnectorRun run : runs) {
            report.append(String.format(Locale.ROOT, "| file connector → Kafka (Connect, Avro, registry, broker), deploy to last record, %s | %.2f s | %,.0f |%n",
                    run.label(), run.nanos() / 1e9, lines.size() / (run.nanos() / 1e9)));
        }
        report.append(String.format(Locale.ROOT, "%nregistry serde / task serializer (time): %.1f%n", (double) bestRegistrySerdeNanos / bestTaskSerializerNanos));
        report.append("\n| connector run | deploy returned | first record in Kafka | first → last record | lines/s first → last | connector / mapping alone (rate, deploy to last) | load average after |\n");
        report.append("|---|---|---|---|---|---|---|\n");
        for (ConnectorRun run : runs) {
            double steadyNanos = run.nanos() - run.firstRecordNanos();
            report.append(String.format(Locale.ROOT, "| %s | %.2f s | %.2f s | %.2f s | %,.0f | %.2f | %s |%n", run.label(), run.deployNanos() / 1e9,
                    run.firstRecordNanos() / 1e9, steadyNanos / 1e9, lines.size() / (steadyNanos / 1e9), lines.size() / (run.nanos() / 1e9) / mappingRate, run.loadAfter()));
        }
        report.append("\nWorker and producer metrics at the last record (JMX: Connect's source-task and task metrics, the task producer's):\n\n| metric |");
        runs.forEach(run -> report.append(' ').append(run.label()).append(" |"));
        report.append("\n|---|").append("---|".repeat(runs.size())).append('\n');
        for (String metric : runs.get(0).metrics().keySet()) {
            report.append("| ").append(metric).append(" |");
            for (ConnectorRun run : runs) {
                Double value = run.metrics().get(metric);
                report.append(' ').append(value == null ? "–" : String.format(Locale.ROOT, "%,.2f", value)).append(" |");
            }
            report.append('\n');
        }
        for (ConnectorRun run : runs) {
            report.append("\nWhere the CPU went, ").append(run.label()).append(":\n\n").append(run.cpu());
        }
        System.out.println(report);
        Path out = Files.createDirectories(Path.of("target", "benchmarks")).resolve("ingestion.md");
        Files.writeString(out, report);
    }

    /** One connector run: deploy to the last record, deploy's own return, the first record, the load and the metrics at the end. */
    private record ConnectorRun(String label, long nanos, long deployNanos, long firstRecordNanos, String loadAfter, Map<String, Double> metrics,
            String cpu) {
    }

    /** {@code key=value,key=value} from the command line. */
    private static Map<String, String> extraSettings(String text) {
        Map<String, String> settings = new TreeMap<>();
        for (String pair : text.split(",")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                settings.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
            }
        }
        return settings;
    }

    /**
     * Deploys the connector on topics of its own, waits for every line in its topic or dead letters,
     * reads the worker's and the producer's metrics, removes it. With {@code -Dbenchmark.jfr=true} the
     * run is recorded by JDK Flight Recorder (profile settings and CPU-time samples) into
     * {@code target/benchmarks/<name>.jfr}.
     */
    private static ConnectorRun runConnector(ConnectorTestBed bed, String name, String label, Map<String, String> settings, Map<String, String> extra,
            long expectedAccepted, long expectedRejected) throws Exception {
        Topics topics = bed.topics("raw.tthc.dossier", name);
        Map<String, String> config = new HashMap<>(settings);
        config.put(DossierFileSourceConfig.TOPIC_CONFIG, topics.raw());
        config.put(DossierFileSourceConfig.DLQ_TOPIC_CONFIG, topics.dlq());
        config.putAll(extra);
        Recording recording = null;
        if (Boolean.getBoolean("benchmark.jfr")) {
            recording = new Recording(Configuration.getConfiguration("profile"));
            // JDK 25's CPU-time sampler (JEP 509) also sees threads in native code (sockets, file
            // writes), which the execution sampler leaves out: where the two cores' time goes.
            recording.enable("jdk.CPUTimeSample").with("throttle", "2ms");
            recording.setDestination(Files.createDirectories(Path.of("target", "benchmarks")).resolve(name + ".jfr"));
            recording.start();
        }
        CpuAccount cpuBefore = CpuAccount.now();
        long start = System.nanoTime();
        bed.stack().connect().deploy(name, DossierFileSourceConfig.connectorConfig(config));
        long deployed = System.nanoTime() - start;
        long first = -1;
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bed.stack().bootstrapServers()))) {
            long records = 0;
            while (records < expectedAccepted || endOffset(admin, topics.dlq()) < expectedRejected) {
                Thread.sleep(first < 0 ? 10 : 50);
                records = endOffset(admin, topics.raw());
                if (first < 0 && records > 0) {
                    first = System.nanoTime() - start;
                }
            }
        }
        long nanos = System.nanoTime() - start;
        String cpu = CpuAccount.now().since(cpuBefore);
        Map<String, Double> metrics = workerMetrics(name);
        if (recording != null) {
            recording.stop();
            recording.close();
        }
        bed.stack().connect().remove(name);
        assertThat(bed.all(topics.raw())).hasSize((int) expectedAccepted);
        return new ConnectorRun(label, nanos, deployed, first, loadAverage(), metrics, cpu);
    }

    /** What Connect and the task's producer say about the run, through JMX (the worker runs in this JVM). */
    private static Map<String, Double> workerMetrics(String connector) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        readMetrics("kafka.connect:type=source-task-metrics,*", "connector", connector, List.of("source-record-poll-total", "source-record-write-total",
                "poll-batch-avg-time-ms", "poll-batch-max-time-ms", "source-record-active-count-max"), "", metrics);
        readMetrics("kafka.connect:type=connector-task-metrics,*", "connector", connector, List.of("batch-size-avg", "batch-size-max", "running-ratio",
                "offset-commit-avg-time-ms", "offset-commit-max-time-ms", "offset-commit-success-percentage"), "", metrics);
        readMetrics("kafka.producer:type=producer-metrics,*", "client-id", "connector-producer-" + connector + "-0", List.of("batch-size-avg", "batch-size-max",
                "records-per-request-avg", "record-size-avg", "request-latency-avg", "request-latency-max", "record-queue-time-avg", "record-queue-time-max",
                "request-rate", "requests-in-flight", "bufferpool-wait-ratio", "io-ratio", "io-wait-ratio", "compression-rate-avg"), "producer ", metrics);
        return metrics;
    }

    private static void readMetrics(String pattern, String tag, String value, List<String> names, String prefix, Map<String, Double> into) {
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            for (ObjectName bean : server.queryNames(new ObjectName(pattern), null)) {
                String property = bean.getKeyProperty(tag);
                if (property != null && value.equals(property.startsWith("\"") ? ObjectName.unquote(property) : property)) {
                    for (String metric : names) {
                        try {
                            if (server.getAttribute(bean, metric) instanceof Number number) {
                                into.put(prefix + metric, number.doubleValue());
                            }
                        } catch (AttributeNotFoundException absent) {
                            // Not every Kafka version has every metric: the report shows a dash.
                        }
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("Reading " + pattern + " through JMX failed: " + e, e);
        }
    }

    /** The 1-, 5- and 15-minute load averages as /proc/loadavg gives them (the machine is shared). */
    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static long mapAll(DossierRecordMapping mapping, List<String> lines) {
        long accepted = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (mapping.map(lines.get(i), "benchmark.jsonl", i + 1) instanceof Parsed.Accepted<?>) {
                accepted++;
            }
        }
        return accepted;
    }

    /** The shortest of a few timed rounds after one warm-up round, so that the JIT has compiled the path. */
    private static long bestOf(Runnable round) {
        round.run();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < MAPPING_ROUNDS; i++) {
            long start = System.nanoTime();
            round.run();
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }

    private static void mapAndSerialise(DossierRecordMapping mapping, Serializer<SpecificRecord> serializer, String topic, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (mapping.map(lines.get(i), "benchmark.jsonl", i + 1) instanceof Parsed.Accepted<?>(String key, SpecificRecord value)) {
                serializer.serialize(topic, value);
            }
        }
    }

    private static long endOffset(Admin admin, String topic) throws Exception {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                .forEach(partition -> request.put(new TopicPartition(topic, partition.partition()), OffsetSpec.latest()));
        return admin.listOffsets(request).all().get().values().stream().mapToLong(info -> info.offset()).sum();
    }
}
