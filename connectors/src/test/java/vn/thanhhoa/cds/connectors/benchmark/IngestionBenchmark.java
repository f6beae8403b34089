package vn.thanhhoa.cds.connectors.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
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
        settings.put(DossierFileSourceConfig.TOPIC_CONFIG, topics.raw());
        settings.put(DossierFileSourceConfig.DLQ_TOPIC_CONFIG, topics.dlq());
        settings.put(DossierFileSourceConfig.POLL_INTERVAL_CONFIG, "100");
        boolean defaultLast = Boolean.getBoolean("benchmark.defaultLast");
        long connectorNanos = defaultLast ? 0 : runConnector(bed, "benchmark-dossiers", topics, settings, Map.of(), expectedAccepted, feed.rejectedLines());
        // The same connector with larger polls and producer batches (the worker's producer otherwise
        // sends at once, one request in flight): a candidate for the deployed settings.
        Topics tunedTopics = bed.topics("raw.tthc.dossier", "benchmark-tuned");
        Map<String, String> tunedSettings = new HashMap<>(settings);
        tunedSettings.put(DossierFileSourceConfig.TOPIC_CONFIG, tunedTopics.raw());
        tunedSettings.put(DossierFileSourceConfig.DLQ_TOPIC_CONFIG, tunedTopics.dlq());
        long tunedNanos = runConnector(bed, "benchmark-dossiers-tuned", tunedTopics, tunedSettings, TUNED, expectedAccepted, feed.rejectedLines());
        if (defaultLast) {
            // The default after the tuned one: over two runs with -Dbenchmark.defaultLast=true and without, a warmer JVM favours each side once.
            connectorNanos = runConnector(bed, "benchmark-dossiers", topics, settings, Map.of(), expectedAccepted, feed.rejectedLines());
        }

        double mappingRate = lines.size() / (bestMappingNanos / 1e9);
        double connectorRate = lines.size() / (connectorNanos / 1e9);
        String report = String.format(java.util.Locale.ROOT, """
                # Ingestion benchmark: one-stop dossier exports
                %,d lines (%,d accepted, %,d dead-lettered), %d communes, 12 months, %d cores
                | path | time | lines/s |
                |---|---|---|
                | mapping alone (parse, validate, pseudonymise; best of %d) | %.2f s | %,.0f |
                | mapping + Avro with the registry's serde (Apicurio AvroKafkaSerializer) | %.2f s | %,.0f |
                | mapping + Avro with the task's WireFormatSerializer (schema id resolved once) | %.2f s | %,.0f |
                | file connector → Kafka (Connect, Avro, registry, broker), from deploy to the last record | %.2f s | %,.0f |
                | the same, %s | %.2f s | %,.0f |
                registry serde / task serializer (time): %.1f; connector / mapping alone (rate): %.2f; tuned / default connector (rate): %.2f
                """, lines.size(), expectedAccepted, feed.rejectedLines(), COMMUNES, Runtime.getRuntime().availableProcessors(),
                MAPPING_ROUNDS, bestMappingNanos / 1e9, mappingRate, bestRegistrySerdeNanos / 1e9, lines.size() / (bestRegistrySerdeNanos / 1e9),
                bestTaskSerializerNanos / 1e9, lines.size() / (bestTaskSerializerNanos / 1e9), connectorNanos / 1e9, connectorRate, TUNED, tunedNanos / 1e9, lines.size() / (tunedNanos / 1e9),
                (double) bestRegistrySerdeNanos / bestTaskSerializerNanos, connectorRate / mappingRate, (double) connectorNanos / tunedNanos);
        System.out.println(report);
        Path out = Files.createDirectories(Path.of("target", "benchmarks")).resolve("ingestion.md");
        Files.writeString(out, report);
    }

    private static final Map<String, String> TUNED = new java.util.TreeMap<>(Map.of("batch.size", "5000",
            "producer.override.linger.ms", "20", "producer.override.batch.size", "524288",
            "producer.override.max.in.flight.requests.per.connection", "5", "producer.override.enable.idempotence", "true",
            "producer.override.compression.type", "lz4"));

    /** Deploys the connector and waits for every line in its topic or dead letters; returns the time from deploy. */
    private static long runConnector(ConnectorTestBed bed, String name, Topics topics, Map<String, String> settings, Map<String, String> extra,
            long expectedAccepted, long expectedRejected) throws Exception {
        Map<String, String> config = new HashMap<>(settings);
        config.putAll(extra);
        long start = System.nanoTime();
        bed.stack().connect().deploy(name, DossierFileSourceConfig.connectorConfig(config));
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bed.stack().bootstrapServers()))) {
            while (endOffset(admin, topics.raw()) < expectedAccepted || endOffset(admin, topics.dlq()) < expectedRejected) {
                Thread.sleep(50);
            }
        }
        long nanos = System.nanoTime() - start;
        bed.stack().connect().remove(name);
        assertThat(bed.all(topics.raw())).hasSize((int) expectedAccepted);
        return nanos;
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
