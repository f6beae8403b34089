package vn.thanhhoa.cds.connectors.tthc;

import static org.assertj.core.api.Assertions.assertThat;

import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.runtime.EmbeddedStack;
import vn.thanhhoa.cds.runtime.StackConfig;
import vn.thanhhoa.cds.runtime.kafka.TopicContents;
import vn.thanhhoa.cds.runtime.kafka.TopicProvisioning;
import vn.thanhhoa.cds.schemas.raw.DossierStatusChanged;
import vn.thanhhoa.cds.schemas.raw.ReceivingChannel;
import vn.thanhhoa.cds.schemas.raw.SourceDeadLetter;
import vn.thanhhoa.cds.schemas.serde.ConfluentWireFormat;
import vn.thanhhoa.cds.schemas.topic.TopicSpec;
import vn.thanhhoa.cds.simulators.tthc.DossierExportSimulator;
import vn.thanhhoa.cds.simulators.tthc.DossierFeed;
import vn.thanhhoa.cds.simulators.tthc.ExpectedDossier;
import vn.thanhhoa.cds.simulators.tthc.SimulatedAgency;

/**
 * The dossier connector in a real Connect worker on the embedded broker and registry, fed by the
 * simulator. Expected values come from the simulator's own account of what it wrote.
 */
class DossierFileSourceConnectorTest {

    private static final List<SimulatedAgency> AGENCIES = IntStream.range(0, 8)
            .mapToObj(i -> new SimulatedAgency("000.20." + (40 + i) + ".H56", String.valueOf(15400 + 3 * i))).toList();

    @TempDir
    static Path temp;

    private static EmbeddedStack stack;
    private static AvroKafkaDeserializer<SpecificRecord> deserializer;

    @BeforeAll
    static void startStack() throws Exception {
        stack = EmbeddedStack.start(StackConfig.in(temp.resolve("stack")));
        deserializer = new AvroKafkaDeserializer<>();
        deserializer.configure(ConfluentWireFormat.serdeConfig(stack.registry().url(), true), false);
        StringBuilder mapping = new StringBuilder("agency_code,commune_code,valid_from,valid_to\n");
        AGENCIES.forEach(agency -> mapping.append(agency.agencyCode()).append(',').append(agency.communeCode()).append(",2020-01-01,\n"));
        Files.writeString(temp.resolve("agencies.csv"), mapping);
        byte[] secret = new byte[32];
        new java.util.Random(1).nextBytes(secret);
        Files.writeString(temp.resolve("pseudonym.key"), "test1:" + Base64.getEncoder().encodeToString(secret));
    }

    @AfterAll
    static void stopStack() {
        if (deserializer != null) {
            deserializer.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void theSimulatedFeedArrivesCompleteAndEveryBadInputIsDeadLettered() throws Exception {
        Topics topics = createTopics("complete");
        Path input = Files.createDirectories(temp.resolve("complete/in"));
        DossierFeed feed = new DossierExportSimulator(42, AGENCIES, YearMonth.of(2025, 6), 3, 400).writeTo(input);
        writeAwkwardFiles(input);
        int awkwardRejections = 4;

        stack.connect().deploy("dossiers-complete", connectorConfig(topics, input, 500));
        long expectedAccepted = feed.linesWritten() - feed.rejectedLines();
        readAtLeast(topics.raw(), expectedAccepted);
        readAtLeast(topics.dlq(), feed.rejectedLines() + awkwardRejections);
        stack.connect().remove("dossiers-complete");
        // Read again after the stop: anything written twice would show now.
        List<ConsumerRecord<byte[], byte[]>> dossiers = new TopicContents(stack.bootstrapServers()).all(topics.raw());
        List<ConsumerRecord<byte[], byte[]>> deadLetters = new TopicContents(stack.bootstrapServers()).all(topics.dlq());

        assertThat(dossiers).hasSize((int) expectedAccepted);
        Map<String, Integer> latestStatus = new HashMap<>();
        Map<String, DossierStatusChanged> anyRecord = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : dossiers) {
            DossierStatusChanged dossier = (DossierStatusChanged) deserializer.deserialize(topics.raw(), record.value());
            assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo(dossier.getDossierCode());
            latestStatus.merge(dossier.getDossierCode(), dossier.getStatus(), Math::max);
            anyRecord.put(dossier.getDossierCode(), dossier);
        }
        assertThat(latestStatus.keySet()).isEqualTo(feed.acceptedDossiers().keySet());
        for (ExpectedDossier expected : feed.acceptedDossiers().values()) {
            DossierStatusChanged actual = anyRecord.get(expected.dossierCode());
            assertThat(latestStatus.get(expected.dossierCode())).as(expected.dossierCode()).isEqualTo(expected.finalStatus());
            assertThat(actual.getCommuneCode()).isEqualTo(expected.communeCode());
            assertThat(actual.getChannel()).isEqualTo(expected.online() ? ReceivingChannel.ONLINE : ReceivingChannel.DIRECT);
            assertThat(actual.getPaidOnline()).isEqualTo(expected.paidOnline());
        }

        assertThat(deadLetters).hasSize(feed.rejectedLines() + awkwardRejections);
        Map<String, Integer> reasons = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : deadLetters) {
            SourceDeadLetter letter = (SourceDeadLetter) deserializer.deserialize(topics.dlq(), record.value());
            assertThat(letter.getFile()).isNotBlank();
            reasons.merge(classify(letter.getReason()), 1, Integer::sum);
        }
        assertThat(reasons).containsEntry(DossierExportSimulator.UNKNOWN_AGENCY, feed.rejectedLinesByFault().get(DossierExportSimulator.UNKNOWN_AGENCY))
                .containsEntry(DossierExportSimulator.BROKEN_JSON, feed.rejectedLinesByFault().get(DossierExportSimulator.BROKEN_JSON))
                .containsEntry(DossierExportSimulator.IMPOSSIBLE_DATE, feed.rejectedLinesByFault().get(DossierExportSimulator.IMPOSSIBLE_DATE))
                .containsEntry("empty file", 1).containsEntry("archive", 1).containsEntry("encoding", 1).containsEntry("too long", 1);
        assertThat(temp.resolve("complete/quarantine/empty.jsonl")).exists();
        assertThat(temp.resolve("complete/quarantine/report.jsonl.reason.txt")).content().contains("ZIP/XLSX");

        // No raw citizen identifier anywhere in what the connector wrote.
        Set<String> rawIds = new HashSet<>();
        feed.acceptedDossiers().values().forEach(dossier -> rawIds.add(dossier.applicantId()));
        assertThat(rawIds).hasSize(feed.acceptedDossiers().size());
        for (ConsumerRecord<byte[], byte[]> record : concat(dossiers, deadLetters)) {
            String bytes = new String(record.value(), StandardCharsets.ISO_8859_1) + new String(record.key(), StandardCharsets.ISO_8859_1);
            assertThat(rawIds).noneMatch(bytes::contains);
        }
    }

    @Test
    void aConnectorStoppedMidFeedResumesWithEveryLineOnceAndNoGap() throws Exception {
        Topics topics = createTopics("restart");
        Path input = Files.createDirectories(temp.resolve("restart/in"));
        DossierFeed feed = new DossierExportSimulator(7, AGENCIES, YearMonth.of(2025, 9), 2, 40_000).writeTo(input);
        long expectedAccepted = feed.linesWritten() - feed.rejectedLines();

        stack.connect().deploy("dossiers-restart", connectorConfig(topics, input, 20));
        List<ConsumerRecord<byte[], byte[]>> before = readAtLeast(topics.raw(), 150);
        stack.connect().remove("dossiers-restart");
        long afterStop = new TopicContents(stack.bootstrapServers()).all(topics.raw()).size();
        assertThat(afterStop).as("stopped mid-feed").isGreaterThanOrEqualTo(before.size()).isLessThan(expectedAccepted);

        stack.connect().deploy("dossiers-restart", connectorConfig(topics, input, 20));
        readAtLeast(topics.raw(), expectedAccepted);
        stack.connect().remove("dossiers-restart");
        List<ConsumerRecord<byte[], byte[]>> all = new TopicContents(stack.bootstrapServers()).all(topics.raw());

        assertThat(all).hasSize((int) expectedAccepted);
        // Each stored record names the file line it came from: every accepted line exactly once.
        Set<String> lines = new HashSet<>();
        for (ConsumerRecord<byte[], byte[]> record : all) {
            DossierStatusChanged dossier = (DossierStatusChanged) deserializer.deserialize(topics.raw(), record.value());
            assertThat(lines.add(dossier.getSourceLocation())).as("duplicate " + dossier.getSourceLocation()).isTrue();
        }
        assertThat(new TopicContents(stack.bootstrapServers()).all(topics.dlq())).hasSize(feed.rejectedLines());
    }

    private record Topics(String raw, String dlq) {
    }

    private static Topics createTopics(String name) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.bootstrapServers()))) {
            TopicSpec raw = new TopicSpec("raw.tthc.dossier." + name, 3, false, "test");
            TopicSpec dlq = new TopicSpec("dlq.source." + name, 1, false, "test");
            new TopicProvisioning(admin).ensure(List.of(raw, dlq));
            return new Topics(raw.name(), dlq.name());
        }
    }

    private static Map<String, String> connectorConfig(Topics topics, Path input, int batchSize) {
        Map<String, String> settings = new HashMap<>();
        settings.put(DossierFileSourceConfig.INPUT_DIR_CONFIG, input.toString());
        settings.put(DossierFileSourceConfig.QUARANTINE_DIR_CONFIG, input.resolveSibling("quarantine").toString());
        settings.put(DossierFileSourceConfig.AGENCY_MAPPING_CONFIG, temp.resolve("agencies.csv").toString());
        settings.put(DossierFileSourceConfig.PSEUDONYM_KEY_FILE_CONFIG, temp.resolve("pseudonym.key").toString());
        settings.put(DossierFileSourceConfig.REGISTRY_URL_CONFIG, stack.registry().url());
        settings.put(DossierFileSourceConfig.TOPIC_CONFIG, topics.raw());
        settings.put(DossierFileSourceConfig.DLQ_TOPIC_CONFIG, topics.dlq());
        settings.put(DossierFileSourceConfig.BATCH_SIZE_CONFIG, String.valueOf(batchSize));
        settings.put(DossierFileSourceConfig.MAX_LINE_BYTES_CONFIG, "65536");
        settings.put(DossierFileSourceConfig.POLL_INTERVAL_CONFIG, "200");
        return DossierFileSourceConfig.connectorConfig(settings);
    }

    /** Files of kinds the simulator does not write: empty, an archive, a Latin-1 line, a huge line. */
    private static void writeAwkwardFiles(Path input) throws Exception {
        Files.write(input.resolve("empty.jsonl"), new byte[0]);
        Files.write(input.resolve("report.jsonl"), new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0});
        ByteArrayOutputStream latin1 = new ByteArrayOutputStream();
        latin1.write("{\"MaHoSo\":\"x\",\"ChuHoSo\":\"Nguy".getBytes(StandardCharsets.UTF_8));
        latin1.write(new byte[] {(byte) 0xEA, (byte) 0xF1});
        latin1.write("n\"}\n".getBytes(StandardCharsets.UTF_8));
        Files.write(input.resolve("zz-encoding.jsonl"), latin1.toByteArray());
        Files.writeString(input.resolve("zz-huge.jsonl"), "{\"MaHoSo\":\"" + "9".repeat(100_000) + "\"}\n");
    }

    private static String classify(String reason) {
        if (reason.contains("is not mapped to any commune")) {
            return DossierExportSimulator.UNKNOWN_AGENCY;
        }
        if (reason.contains("not valid JSON")) {
            return DossierExportSimulator.BROKEN_JSON;
        }
        if (reason.contains("yyyyMMddHHmmss")) {
            return DossierExportSimulator.IMPOSSIBLE_DATE;
        }
        if (reason.contains("empty")) {
            return "empty file";
        }
        if (reason.contains("ZIP/XLSX")) {
            return "archive";
        }
        if (reason.contains("UTF-8")) {
            return "encoding";
        }
        if (reason.contains("more than the limit")) {
            return "too long";
        }
        return reason;
    }

    private static List<ConsumerRecord<byte[], byte[]>> readAtLeast(String topic, long count) {
        return new TopicContents(stack.bootstrapServers()).readUntil(topic, records -> records.size() >= count, Duration.ofSeconds(90));
    }

    private static List<ConsumerRecord<byte[], byte[]>> concat(List<ConsumerRecord<byte[], byte[]>> a, List<ConsumerRecord<byte[], byte[]>> b) {
        List<ConsumerRecord<byte[], byte[]>> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
