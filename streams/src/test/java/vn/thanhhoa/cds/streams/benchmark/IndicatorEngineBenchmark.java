package vn.thanhhoa.cds.streams.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.adminunits.ReferenceData;
import vn.thanhhoa.cds.catalog.load.CatalogLoader;
import vn.thanhhoa.cds.runtime.EmbeddedStack;
import vn.thanhhoa.cds.runtime.StackConfig;
import vn.thanhhoa.cds.runtime.kafka.TopicProvisioning;
import vn.thanhhoa.cds.schemas.raw.DossierStatusChanged;
import vn.thanhhoa.cds.schemas.raw.ReceivingChannel;
import vn.thanhhoa.cds.schemas.raw.ServiceLevel;
import vn.thanhhoa.cds.schemas.serde.WireFormatSerializer;
import vn.thanhhoa.cds.schemas.topic.PipelineTopics;
import vn.thanhhoa.cds.streams.app.EngineConfig;
import vn.thanhhoa.cds.streams.app.IndicatorEngine;

/**
 * How fast the engine replays a backlog of dossier states on the embedded broker, exactly-once:
 * events read from raw.tthc.dossier per second, from the engine's start to the last input offset
 * committed. Run by name: {@code ./mvnw -pl streams -am verify -Dtest=IndicatorEngineBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}; the report goes to streams/target/benchmarks/engine.md.
 */
class IndicatorEngineBenchmark {

    private static final int DOSSIERS = Integer.getInteger("benchmark.dossiers", 200_000);
    private static final int STATES = 4;
    private static final int THREADS = Integer.getInteger("benchmark.threads", 1);
    // A Flight Recorder profile of the engine's run, summed up in the report (see EngineProfile).
    private static final boolean PROFILE = Boolean.getBoolean("benchmark.profile");

    @TempDir
    Path directory;

    @Test
    void replayADossierBacklog() throws Exception {
        ReferenceData reference = ReferenceData.load();
        List<String> communes = reference.units().validOn(java.time.LocalDate.of(2026, 1, 1), vn.thanhhoa.cds.adminunits.unit.UnitLevel.COMMUNE)
                .stream().map(u -> u.code()).toList();
        try (EmbeddedStack stack = EmbeddedStack.start(StackConfig.in(directory.resolve("stack")));
             Admin admin = Admin.create(Map.of("bootstrap.servers", stack.bootstrapServers()))) {
            new TopicProvisioning(admin).ensure(PipelineTopics.ALL);
            long events = produce(stack, communes);

            double loadBefore = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            Path out = Path.of("target", "benchmarks", "engine.md");
            Files.createDirectories(out.getParent());
            EngineProfile profile = PROFILE ? EngineProfile.start(out.resolveSibling("engine.jfr")) : null;
            long processCpuBefore = processCpuNanos();
            long streamCpu;
            long started = System.nanoTime();
            try (IndicatorEngine engine = IndicatorEngine.start(new EngineConfig(Map.of(
                    EngineConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                    EngineConfig.REGISTRY_URL_CONFIG, stack.registry().url(),
                    EngineConfig.THREADS_CONFIG, String.valueOf(THREADS),
                    EngineConfig.STATE_DIR_CONFIG, directory.resolve("state").toString())), CatalogLoader.builtIn(), reference.units(), Clock.systemUTC())) {
                awaitConsumed(admin, "cds-indicator-engine", PipelineTopics.RAW_DOSSIER.name(), events);
                streamCpu = streamThreadsCpuNanos();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long processCpu = processCpuNanos() - processCpuBefore;
            double loadAfter = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            long stateBytes = directorySize(directory.resolve("state"));
            long values = endOffsets(admin, PipelineTopics.INDICATOR_VALUE.name());
            // What the engine wrote to its own topics: a count of work that a busy machine does not change.
            List<String> internal = admin.listTopics().names().get().stream().filter(t -> t.startsWith("cds-indicator-engine-")).sorted().toList();
            long changelogRecords = 0;
            long repartitionRecords = 0;
            for (String topic : internal) {
                long written = endOffsets(admin, topic);
                changelogRecords += topic.endsWith("-changelog") ? written : 0;
                repartitionRecords += topic.endsWith("-repartition") ? written : 0;
            }
            String report = String.format("""
                    # Indicator engine replay (%s)

                    | what | figure |
                    |---|---|
                    | dossier states replayed (%,d dossiers × up to %d states, 10 %% out of order, 2 %% repeated, %d communes) | %,d |
                    | time from engine start to the last input offset committed (exactly-once v2, %d stream thread(s)) | %.1f s |
                    | events per second | %,.0f |
                    | CPU time of the stream thread(s) per event (less hurt by a busy machine than the rate) | %.1f µs |
                    | CPU time of the whole process per event (engine, broker, the rest of the test) | %.1f µs |
                    | offsets written to indicator.value (values and the transactions' commit markers) | %,d |
                    | offsets written to the engine's changelogs / repartition topics | %,d / %,d |
                    | state directory after the run | %,d MB |
                    | JVM heap used at the end | %,d MB |
                    | load average (1 min) before / after the engine's run, %d cores | %.2f / %.2f |
                    """, Instant.now(), DOSSIERS, STATES, communes.size(), events, THREADS, seconds, events / seconds, streamCpu / 1e3 / events, processCpu / 1e3 / events, values, changelogRecords, repartitionRecords, stateBytes >> 20,
                    (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20,
                    Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter);
            if (profile != null) {
                report += profile.stopAndSummarise();
            }
            Files.writeString(out, report);
            System.out.println(report);
        }
    }

    private static long produce(EmbeddedStack stack, List<String> communes) {
        Random random = new Random(2026);
        ZoneId vietnam = ZoneId.of("Asia/Ho_Chi_Minh");
        long events = 0;
        try (WireFormatSerializer serializer = new WireFormatSerializer(stack.registry().url());
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", stack.bootstrapServers(), "linger.ms", 20,
                     "batch.size", 262_144, "compression.type", "lz4"), new StringSerializer(), new ByteArraySerializer())) {
            for (int d = 0; d < DOSSIERS; d++) {
                String code = "000.20.43.H56-26" + String.format("%08d", d);
                String commune = communes.get(random.nextInt(communes.size()));
                LocalDateTime received = LocalDateTime.of(2026, 1 + random.nextInt(10), 1 + random.nextInt(28), 7 + random.nextInt(10), random.nextInt(60));
                boolean online = random.nextInt(100) < 60;
                int states = 1 + random.nextInt(STATES);
                List<DossierStatusChanged> history = new ArrayList<>();
                for (int s = 0; s < states; s++) {
                    Instant changed = received.plusHours(s * 20L).atZone(vietnam).toInstant();
                    history.add(DossierStatusChanged.newBuilder()
                            .setEventId(code + "#" + s).setDossierCode(code).setProcedureCode("1.000894.000.00.00.H56")
                            .setServiceLevel(online ? ServiceLevel.FULLY_ONLINE : ServiceLevel.PARTLY_ONLINE)
                            .setChannel(online ? ReceivingChannel.ONLINE : ReceivingChannel.DIRECT).setStatus(new int[] {2, 4, 9, 10}[s])
                            .setReceivedAt(received.atZone(vietnam).toInstant()).setFinishedAt(s >= 2 ? changed : null)
                            .setHasDigitisedComponents(random.nextBoolean()).setHasElectronicResult(s >= 2).setReusedData(false)
                            .setSubmittedFiles(1).setReusedFiles(0).setVneidVerified(online).setPaidOnline(false).setHasFees(false)
                            .setAgencyCode("000.20.43.H56").setCommuneCode(commune).setChangedAt(changed).setSourceLocation("bench").build());
                }
                if (history.size() > 1 && random.nextInt(10) == 0) {
                    Collections.swap(history, history.size() - 1, history.size() - 2);
                }
                if (random.nextInt(50) == 0) {
                    history.add(history.getFirst());
                }
                for (DossierStatusChanged state : history) {
                    producer.send(new ProducerRecord<>(PipelineTopics.RAW_DOSSIER.name(), code, serializer.serialize(PipelineTopics.RAW_DOSSIER.name(), state)));
                    events++;
                }
            }
            producer.flush();
        }
        return events;
    }

    private static void awaitConsumed(Admin admin, String group, String topic, long events) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(30));
        while (Instant.now().isBefore(deadline)) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            long done = committed.entrySet().stream().filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
                    .mapToLong(e -> e.getValue().offset()).sum();
            if (done >= events) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the engine did not consume " + events + " events in 30 minutes");
    }

    /** CPU time the engine's stream threads have used so far (they end when the engine closes). */
    private static long streamThreadsCpuNanos() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        return Thread.getAllStackTraces().keySet().stream().filter(thread -> thread.getName().contains("-StreamThread-"))
                .mapToLong(thread -> Math.max(0, threads.getThreadCpuTime(thread.threadId()))).sum();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long directorySize(Path directory) throws java.io.IOException {
        try (var files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static long endOffsets(Admin admin, String topic) throws Exception {
        var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
                .map(p -> new TopicPartition(topic, p.partition())).collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
        return admin.listOffsets(partitions).all().get().values().stream().mapToLong(info -> info.offset()).sum();
    }
}
