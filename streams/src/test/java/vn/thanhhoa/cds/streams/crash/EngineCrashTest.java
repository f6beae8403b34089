package vn.thanhhoa.cds.streams.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.adminunits.ReferenceData;
import vn.thanhhoa.cds.adminunits.unit.AdministrativeUnit;
import vn.thanhhoa.cds.adminunits.unit.UnitLevel;
import vn.thanhhoa.cds.runtime.kafka.EmbeddedKafkaBroker;
import vn.thanhhoa.cds.runtime.kafka.TopicProvisioning;
import vn.thanhhoa.cds.runtime.registry.SchemaRegistryProcess;
import vn.thanhhoa.cds.schemas.indicator.IndicatorValue;
import vn.thanhhoa.cds.schemas.indicator.ValueWindow;
import vn.thanhhoa.cds.schemas.raw.DossierStatusChanged;
import vn.thanhhoa.cds.schemas.raw.ReceivingChannel;
import vn.thanhhoa.cds.schemas.serde.WireFormatSerializer;
import vn.thanhhoa.cds.schemas.topic.PipelineTopics;
import vn.thanhhoa.cds.streams.serde.RegistrySerdes;

/**
 * The engine in a child JVM, killed with SIGKILL three times while it replays a backlog of dossier
 * states on the embedded broker (exactly-once), and started again each time on the same state
 * directory; the fourth run finishes. Every commune's 2026 item 9 year to date (online over received
 * dossiers, each dossier once in its newest state) must then equal what this test counts from the
 * dossiers it wrote: nothing lost, nothing counted twice. About 3 minutes.
 */
class EngineCrashTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int DOSSIERS = 40_000;
    private static final String GROUP = "cds-indicator-engine";

    @TempDir
    Path directory;

    /** A commune's dossiers received in 2026, online and in all: counted here, never by the engine's code. */
    private record Count(long online, long received) {
    }

    @Test
    void killedThreeTimesDuringAReplayTheEngineEndsWithEveryDossierCountedOnce() throws Exception {
        List<String> communes = ReferenceData.load().units().validOn(LocalDate.of(2026, 1, 1), UnitLevel.COMMUNE).stream()
                .map(AdministrativeUnit::code).toList();
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(directory.resolve("kafka"), 0, 0);
             SchemaRegistryProcess registry = SchemaRegistryProcess.start(directory.resolve("registry"), 0);
             Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            new TopicProvisioning(admin).ensure(PipelineTopics.ALL);
            List<DossierStatusChanged> states = dossierStates(communes);
            Map<String, Count> expected = countLatestStates(states);
            produce(broker.bootstrapServers(), registry.url(), states);
            long total = states.size();

            Path state = directory.resolve("engine-state");
            for (int kill = 1; kill <= 3; kill++) {
                Process engine = startEngine(broker.bootstrapServers(), registry.url(), state, kill);
                long threshold = total * kill / 4;
                awaitConsumed(admin, threshold, engine);
                engine.destroyForcibly(); // SIGKILL: no close, no commit, no flush
                engine.waitFor();
                System.out.printf("engine killed after %,d of %,d input offsets committed%n", consumed(admin), total);
            }
            Process last = startEngine(broker.bootstrapServers(), registry.url(), state, 4);
            try {
                awaitConsumed(admin, total, last);
                Map<String, IndicatorValue> values = awaitValues(broker.bootstrapServers(), registry.url(), expected);
                for (Map.Entry<String, Count> commune : expected.entrySet()) {
                    IndicatorValue value = values.get(commune.getKey());
                    assertThat(value).as("a value for " + commune.getKey()).isNotNull();
                    assertThat(value.getNumerator()).as("online dossiers of " + commune.getKey()).isEqualTo((double) commune.getValue().online());
                    assertThat(value.getDenominator()).as("received dossiers of " + commune.getKey()).isEqualTo((double) commune.getValue().received());
                }
            } finally {
                last.destroy();
                last.waitFor();
            }
        }
    }

    /** Each dossier's 1 to 4 states (received, processing, done, returned); 10 % of last two swapped, 2 % repeated, 5 % change channel at the end. */
    private static List<DossierStatusChanged> dossierStates(List<String> communes) {
        Random random = new Random(14);
        List<DossierStatusChanged> states = new ArrayList<>();
        for (int d = 0; d < DOSSIERS; d++) {
            String code = "000.20.43.H56-26" + String.format("%08d", d);
            String commune = communes.get(random.nextInt(communes.size()));
            LocalDateTime received = LocalDateTime.of(2026, 1 + random.nextInt(10), 1 + random.nextInt(28), 7 + random.nextInt(10), random.nextInt(60));
            boolean online = random.nextInt(100) < 60;
            boolean switches = random.nextInt(100) < 5;
            int count = 1 + random.nextInt(4);
            List<DossierStatusChanged> history = new ArrayList<>();
            for (int s = 0; s < count; s++) {
                boolean channelOnline = switches && s == count - 1 ? !online : online;
                Instant changed = received.plusHours(s * 20L).atZone(VIETNAM).toInstant();
                history.add(DossierStatusChanged.newBuilder()
                        .setEventId(code + "#" + s).setDossierCode(code).setProcedureCode("1.000894.000.00.00.H56")
                        .setChannel(channelOnline ? ReceivingChannel.ONLINE : ReceivingChannel.DIRECT).setStatus(new int[] {2, 4, 9, 10}[s])
                        .setReceivedAt(received.atZone(VIETNAM).toInstant()).setHasDigitisedComponents(false).setHasElectronicResult(false)
                        .setReusedData(false).setSubmittedFiles(1).setReusedFiles(0).setVneidVerified(false).setPaidOnline(false).setHasFees(false)
                        .setAgencyCode("000.20.43.H56").setCommuneCode(commune).setChangedAt(changed).setSourceLocation("crash-test").build());
            }
            if (history.size() > 1 && random.nextInt(10) == 0) {
                Collections.swap(history, history.size() - 1, history.size() - 2);
            }
            if (random.nextInt(50) == 0) {
                history.add(history.getFirst());
            }
            states.addAll(history);
        }
        return states;
    }

    /** The independent account: each dossier in the state of its newest change, received in 2026. */
    private static Map<String, Count> countLatestStates(List<DossierStatusChanged> states) {
        Map<String, DossierStatusChanged> latest = new HashMap<>();
        for (DossierStatusChanged state : states) {
            latest.merge(state.getDossierCode(), state, (a, b) -> b.getChangedAt().isAfter(a.getChangedAt()) ? b : a);
        }
        Map<String, long[]> counts = new TreeMap<>();
        for (DossierStatusChanged dossier : latest.values()) {
            long[] count = counts.computeIfAbsent(dossier.getCommuneCode(), c -> new long[2]);
            count[1]++;
            if (dossier.getChannel() == ReceivingChannel.ONLINE) {
                count[0]++;
            }
        }
        Map<String, Count> result = new TreeMap<>();
        counts.forEach((commune, count) -> result.put(commune, new Count(count[0], count[1])));
        return result;
    }

    private static void produce(String bootstrap, String registryUrl, List<DossierStatusChanged> states) {
        try (WireFormatSerializer serializer = new WireFormatSerializer(registryUrl);
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap, "linger.ms", 20, "batch.size", 262_144),
                     new StringSerializer(), new ByteArraySerializer())) {
            for (DossierStatusChanged state : states) {
                producer.send(new ProducerRecord<>(PipelineTopics.RAW_DOSSIER.name(), state.getDossierCode(),
                        serializer.serialize(PipelineTopics.RAW_DOSSIER.name(), state)));
            }
            producer.flush();
        }
    }

    private Process startEngine(String bootstrap, String registryUrl, Path state, int run) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-Xmx768m", "-cp", System.getProperty("java.class.path"), EngineProcess.class.getName(),
                bootstrap, registryUrl, state.toString())
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("engine-run-" + run + ".log").toFile())
                .start();
    }

    private static long consumed(Admin admin) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get();
        return committed.entrySet().stream().filter(e -> e.getKey().topic().equals(PipelineTopics.RAW_DOSSIER.name()) && e.getValue() != null)
                .mapToLong(e -> e.getValue().offset()).sum();
    }

    private static void awaitConsumed(Admin admin, long offsets, Process engine) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            if (!engine.isAlive()) {
                throw new AssertionError("the engine process ended by itself (exit " + engine.exitValue() + "); see its log");
            }
            if (consumed(admin) >= offsets) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the engine did not commit " + offsets + " input offsets in 5 minutes");
    }

    /** Reads indicator.value (committed only) until each commune's item 9 year to date is as counted, or 2 minutes pass; the latest values. */
    private static Map<String, IndicatorValue> awaitValues(String bootstrap, String registryUrl, Map<String, Count> expected) {
        Map<String, IndicatorValue> latest = new HashMap<>();
        try (KafkaConsumer<String, IndicatorValue> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrap, "isolation.level", "read_committed",
                "auto.offset.reset", "earliest", "group.id", "crash-test-reader"), new StringDeserializer(),
                new RegistrySerdes(registryUrl).serde(IndicatorValue.class).deserializer())) {
            consumer.subscribe(List.of(PipelineTopics.INDICATOR_VALUE.name()));
            Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, IndicatorValue> record : consumer.poll(Duration.ofMillis(500))) {
                    IndicatorValue value = record.value();
                    if (value.getIndicatorCode().equals("9") && value.getYear() == 2026 && value.getWindowKind() == ValueWindow.YEAR_TO_DATE
                            && value.getUnitLevel() == vn.thanhhoa.cds.schemas.indicator.UnitLevel.COMMUNE) {
                        latest.put(value.getUnitCode(), value);
                    }
                }
                if (expected.entrySet().stream().allMatch(e -> latest.containsKey(e.getKey())
                        && latest.get(e.getKey()).getDenominator() == e.getValue().received()
                        && latest.get(e.getKey()).getNumerator() == e.getValue().online())) {
                    return latest;
                }
            }
        }
        return latest;
    }
}
