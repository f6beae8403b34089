package vn.thanhhoa.cds.cli.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import vn.thanhhoa.cds.adminunits.ReferenceData;
import vn.thanhhoa.cds.adminunits.unit.UnitLevel;
import vn.thanhhoa.cds.catalog.load.CatalogLoader;
import vn.thanhhoa.cds.cli.demo.Demo;
import vn.thanhhoa.cds.cli.demo.DemoOptions;
import vn.thanhhoa.cds.cli.demo.DemoStore;
import vn.thanhhoa.cds.pipeline.connect.ConnectRestClient;
import vn.thanhhoa.cds.pipeline.setup.ConnectorDeclaration;
import vn.thanhhoa.cds.runtime.network.Ports;
import vn.thanhhoa.cds.runtime.EmbeddedStack;
import vn.thanhhoa.cds.runtime.StackConfig;
import vn.thanhhoa.cds.schemas.indicator.IndicatorValue;
import vn.thanhhoa.cds.schemas.raw.DossierStatusChanged;
import vn.thanhhoa.cds.schemas.raw.ReceivingChannel;
import vn.thanhhoa.cds.schemas.raw.ServiceLevel;
import vn.thanhhoa.cds.schemas.serde.WireFormatSerializer;
import vn.thanhhoa.cds.schemas.topic.PipelineTopics;
import vn.thanhhoa.cds.schemas.topic.TopicSpec;
import vn.thanhhoa.cds.simulators.scale.SimulationScale;
import vn.thanhhoa.cds.sink.target.InProcessClickHouses;
import vn.thanhhoa.cds.store.Row;
import vn.thanhhoa.cds.streams.app.EngineConfig;
import vn.thanhhoa.cds.streams.app.IndicatorEngine;
import vn.thanhhoa.cds.streams.serde.RegistrySerdes;

/**
 * The indicator engine over the province-scale simulated year, in one run (issue 14's speed):
 * <ol>
 *   <li>the simulated feeds go through the connectors into {@code raw.*} and through the sink into
 *       ClickHouse (the whole demo pipeline; its own engine runs too but is not what is measured);</li>
 *   <li>the stack is started again without it, and a fresh engine (its own application id and empty
 *       state) replays every raw topic from the start, exactly-once: events per second from its start
 *       to its last input offset committed, the size of its state directory, this process's peak
 *       resident memory;</li>
 *   <li>new online dossiers are sent at a live rate, and each one's delay to the first value of
 *       2026 item 9 that counts it (the value's newest event time reaching the dossier's) is taken;</li>
 *   <li>the same item 9 is computed by one SQL query over every raw dossier row in ClickHouse (the
 *       batch way), compared commune by commune with the engine's values, and timed: the ratio of
 *       the engine's cost of one event to one full recomputation.</li>
 * </ol>
 * Run by name: {@code ./mvnw -pl cli -am verify -Dtest=EngineReplayBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dbenchmark.scale=small} for a quick look, {@code -Dbenchmark.months=N} to shorten the year).
 * The report goes to {@code cli/target/benchmarks/engine-replay.md}.
 */
class EngineReplayBenchmark {

    private static final String SCALE = System.getProperty("benchmark.scale", "province");
    private static final int MONTHS = Integer.getInteger("benchmark.months", 12);
    private static final int THREADS = Integer.getInteger("benchmark.threads", 1);
    private static final int LIVE_RATE = Integer.getInteger("benchmark.live.rate", 1000);
    private static final int LIVE_SECONDS = Integer.getInteger("benchmark.live.seconds", 60);
    private static final String ENGINE_ID = "cds-engine-benchmark";

    @Test
    void replayTheProvinceYear() throws Exception {
        Path directory = BenchmarkReport.freshDirectory("engine-replay-data");
        int year = 2026;
        SimulationScale scale = SimulatedYear.scale(SCALE, year, MONTHS);
        int months = scale.months();
        List<String> rawTopics = PipelineTopics.ALL.stream().map(TopicSpec::name).filter(name -> name.startsWith("raw.")).toList();
        BenchmarkReport report = new BenchmarkReport("Indicator engine over the " + scale.name() + " feed");

        // 1. Sources → Kafka → ClickHouse.
        long ingestStarted = System.nanoTime();
        long rawRecords;
        try (Demo demo = Demo.start(new DemoOptions(directory, 0, scale));
             Admin admin = Admin.create(Map.of("bootstrap.servers", demo.stack().bootstrapServers()))) {
            List<String> sourceTopics = Stream.concat(rawTopics.stream(), Stream.of(PipelineTopics.DLQ_SOURCE.name())).toList();
            ReplayProgress progress = new ReplayProgress(admin, demo.stack().clickHouse(), Demo.DATABASE, sourceTopics, PipelineTopics.INDICATOR_VALUE.name());
            ReplayProgress.Snapshot done = awaitIngested(progress, ExportLines.under(directory.resolve("sources")));
            rawRecords = endOffsets(admin, rawTopics);
            report.row("simulated months (%s from %s)".formatted(scale.name(), scale.firstMonth()), "%d".formatted(months));
            report.row("records on the raw topics (and dead letters)", "%,d (%,d)".formatted(rawRecords, done.sourceRecords() - rawRecords));
            report.row("feeds written, connectors and sink until every raw row is in ClickHouse", seconds(ingestStarted));
        }

        // 2. A fresh engine over every raw topic.
        Path state = directory.resolve("benchmark-engine-state");
        StackMemory memory = StackMemory.watch();
        try (EmbeddedStack stack = EmbeddedStack.start(StackConfig.in(directory));
             Admin admin = Admin.create(Map.of("bootstrap.servers", stack.bootstrapServers()))) {
            // A standalone Connect worker keeps no connector across a restart: the demo's sink is
            // deployed again, so that the fresh engine's values reach ClickHouse as in the demo.
            DemoStore store = DemoStore.open(stack);
            ConnectorDeclaration sink = store.sink(Demo.DATABASE, stack.registry().url());
            new ConnectRestClient("http://" + Ports.LOOPBACK + ":" + stack.connect().restPort()).putConnectorConfig(sink.name(), sink.config());
            long started = System.nanoTime();
            Map<String, double[]> engineItem9;
            double perEventMs;
            try (IndicatorEngine engine = IndicatorEngine.start(new EngineConfig(Map.of(
                    EngineConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                    EngineConfig.REGISTRY_URL_CONFIG, stack.registry().url(),
                    EngineConfig.APPLICATION_ID_CONFIG, ENGINE_ID,
                    EngineConfig.THREADS_CONFIG, Integer.toString(THREADS),
                    EngineConfig.STATE_DIR_CONFIG, state.toString())), CatalogLoader.builtIn(), ReferenceData.load().units(), Clock.systemUTC())) {
                long replayed = awaitConsumed(admin, rawTopics);
                double replaySeconds = (System.nanoTime() - started) / 1e9;
                perEventMs = replaySeconds * 1e3 / replayed;
                report.row("raw records the engine replayed (exactly-once v2, %d stream thread(s))".formatted(THREADS), "%,d".formatted(replayed));
                report.row("engine start → last input offset committed", "%.1f s".formatted(replaySeconds));
                report.row("**events per second**", "**%,.0f**".formatted(replayed / replaySeconds));
                report.row("state directory after the replay", "%,d MB".formatted(size(state) >> 20));
                report.row("records written to indicator.value (offsets, commit markers included)", "%,d".formatted(endOffsets(admin, List.of(PipelineTopics.INDICATOR_VALUE.name()))));

                // 3. Live: a dossier received online, to the first value counting it.
                Live live = live(stack);
                List<Long> delays = live.toTopic();
                List<Long> stored = live.toClickHouse();
                report.row("live dossiers sent (%,d a second for %d s); seen counted on indicator.value / in ClickHouse".formatted(LIVE_RATE, LIVE_SECONDS),
                        "%,d / %,d".formatted(delays.size(), stored.size()));
                report.row("event → value on indicator.value, p50 / p95 / p99 / max", BenchmarkReport.delays(delays));
                report.row("event → value readable in ClickHouse's indicator_value_latest (what the dashboard reads; sink included), p50 / p95 / p99 / max",
                        BenchmarkReport.delays(stored));
                engineItem9 = finalItem9(stack, year);
                report.row("stack resident memory, peak (broker, Connect, ClickHouse engine and streams in this JVM; plus the registry's process)", "%,d MB (this JVM %,d MB)".formatted(memory.peakMegabytes(), memory.peakOwnMegabytes()));
            }

            // 4. The same values by one SQL query over the raw rows.
            String sql = item9Sql(year);
            List<Long> timings = new ArrayList<>();
            Map<String, double[]> batch = null;
            for (int run = 0; run < 3; run++) {
                long t = System.nanoTime();
                batch = new TreeMap<>();
                for (Row row : stack.clickHouse().query(sql)) {
                    batch.put(row.string("commune"), new double[] {row.doubleValue("online"), row.doubleValue("received")});
                }
                timings.add((System.nanoTime() - t) / 1_000_000);
            }
            Collections.sort(timings);
            long rawDossierRows = stack.clickHouse().query("SELECT count() AS c FROM " + Demo.DATABASE + ".raw_dossier").getFirst().longValue("c");
            // The live dossiers of step 3 are in the engine's values but were never sunk into ClickHouse: left out of both sides.
            List<String> differences = compare(batch, withoutLive(engineItem9));
            report.row("item 9 by one SQL query over %,d raw dossier rows (median of 3)".formatted(rawDossierRows), "%,d ms".formatted(timings.get(1)));
            report.row("communes where SQL and the engine differ (of %d)".formatted(batch.size()), "%d".formatted(differences.size()));
            report.row("one event in the engine (replay time / events) : one SQL recomputation", "%.4f ms : %,d ms = 1 : %,.0f".formatted(
                    perEventMs, timings.get(1), timings.get(1) / perEventMs));
            report.paragraph(String.join("\n", differences.stream().limit(20).toList()));
            report.write("engine-replay.md");
            assertThat(differences).as("SQL and the engine agree on item 9").isEmpty();
        } finally {
            InProcessClickHouses.unregister("demo");
            memory.close();
        }
    }

    /** The live dossiers' codes start with this, so that both sides of the comparison can leave them out. */
    private static final String LIVE_PREFIX = "LIVE-";
    private final Map<String, double[]> liveCounts = new HashMap<>();

    /** Each live dossier's delay to the first value counting it: on the topic, and readable in ClickHouse. */
    private record Live(List<Long> toTopic, List<Long> toClickHouse) {
    }

    private Live live(EmbeddedStack stack) throws Exception {
        List<String> communes = ReferenceData.load().units().validOn(LocalDate.now(ReplayOptions.VIETNAM), UnitLevel.COMMUNE).stream().map(u -> u.code()).sorted().toList();
        Map<String, ArrayDeque<long[]>> pending = new HashMap<>();
        Map<String, ArrayDeque<long[]>> pendingStored = new HashMap<>();
        List<Long> delays = Collections.synchronizedList(new ArrayList<>());
        List<Long> storedDelays = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean sending = new AtomicBoolean(true);
        AtomicLong outstanding = new AtomicLong();
        AtomicLong outstandingStored = new AtomicLong();
        Deserializer<IndicatorValue> values = new RegistrySerdes(stack.registry().url()).serde(IndicatorValue.class).deserializer();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", stack.bootstrapServers(),
                "isolation.level", "read_committed", "auto.offset.reset", "latest", "enable.auto.commit", "false"),
                new StringDeserializer(), new org.apache.kafka.common.serialization.ByteArrayDeserializer());
             WireFormatSerializer serializer = new WireFormatSerializer(stack.registry().url());
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", stack.bootstrapServers(), "linger.ms", 0),
                     new StringSerializer(), new ByteArraySerializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(PipelineTopics.INDICATOR_VALUE.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            Thread sender = Thread.ofPlatform().name("live-dossiers").start(() -> {
                long intervalNanos = 1_000_000_000L / LIVE_RATE;
                long next = System.nanoTime();
                long lastTime = 0;
                for (int i = 0; i < LIVE_RATE * LIVE_SECONDS; i++) {
                    // Parked, not spinning: a spinning sender would take one of the two cores from what is measured.
                    long wait = next - System.nanoTime();
                    if (wait > 0) {
                        java.util.concurrent.locks.LockSupport.parkNanos(wait);
                    }
                    next += intervalNanos;
                    String commune = communes.get(i % communes.size());
                    long time = Math.max(System.currentTimeMillis(), lastTime + 1);
                    lastTime = time;
                    DossierStatusChanged dossier = DossierStatusChanged.newBuilder()
                            .setEventId(LIVE_PREFIX + i + "#0").setDossierCode(LIVE_PREFIX + i).setProcedureCode("1.000894.000.00.00.H56")
                            .setServiceLevel(ServiceLevel.FULLY_ONLINE).setChannel(ReceivingChannel.ONLINE).setStatus(2)
                            .setReceivedAt(Instant.ofEpochMilli(time)).setHasDigitisedComponents(true).setHasElectronicResult(false)
                            .setReusedData(false).setSubmittedFiles(1).setReusedFiles(0).setVneidVerified(true).setPaidOnline(false).setHasFees(false)
                            .setAgencyCode("000.20.43.H56").setCommuneCode(commune).setChangedAt(Instant.ofEpochMilli(time)).setSourceLocation("benchmark").build();
                    long sent = System.nanoTime();
                    synchronized (pendingStored) {
                        pendingStored.computeIfAbsent(commune, c -> new ArrayDeque<>()).add(new long[] {time, sent});
                    }
                    outstandingStored.incrementAndGet();
                    synchronized (pending) {
                        pending.computeIfAbsent(commune, c -> new ArrayDeque<>()).add(new long[] {time, sent});
                        double[] counts = liveCounts.computeIfAbsent(commune, c -> new double[2]);
                        counts[0]++;
                        counts[1]++;
                    }
                    outstanding.incrementAndGet();
                    producer.send(new ProducerRecord<>(PipelineTopics.RAW_DOSSIER.name(), dossier.getDossierCode(),
                            serializer.serialize(PipelineTopics.RAW_DOSSIER.name(), dossier)));
                }
                sending.set(false);
            });
            Instant deadline = Instant.now().plusSeconds(LIVE_SECONDS + 60L);
            // What the dashboard reads: the newest value of each commune in ClickHouse, asked five times a second.
            Thread store = Thread.ofPlatform().name("live-clickhouse").start(() -> {
                while ((sending.get() || outstandingStored.get() > 0) && Instant.now().isBefore(deadline)) {
                    for (Row row : stack.clickHouse().query("SELECT unit_code, toUnixTimestamp64Milli(max(latest_event_at)) AS newest FROM "
                            + Demo.DATABASE + ".indicator_value_latest WHERE indicator_set = '2026' AND indicator_code = '9' AND window_kind = 'YEAR_TO_DATE' "
                            + "AND unit_level = 'COMMUNE' AND latest_event_at IS NOT NULL GROUP BY unit_code")) {
                        long seen = System.nanoTime();
                        long newest = row.longValue("newest");
                        synchronized (pendingStored) {
                            ArrayDeque<long[]> queue = pendingStored.get(row.string("unit_code"));
                            while (queue != null && !queue.isEmpty() && queue.peek()[0] <= newest) {
                                storedDelays.add((seen - queue.poll()[1]) / 1_000_000);
                                outstandingStored.decrementAndGet();
                            }
                        }
                    }
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            while ((sending.get() || outstanding.get() > 0) && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(50))) {
                    long seen = System.nanoTime();
                    IndicatorValue value = values.deserialize(record.topic(), record.headers(), record.value());
                    if (value == null || !value.getIndicatorCode().equals("9") || value.getLatestEventAt() == null || !value.getUnitLevel().name().equals("COMMUNE")) {
                        continue;
                    }
                    long newest = value.getLatestEventAt().toEpochMilli();
                    synchronized (pending) {
                        ArrayDeque<long[]> queue = pending.get(value.getUnitCode());
                        while (queue != null && !queue.isEmpty() && queue.peek()[0] <= newest) {
                            delays.add((seen - queue.poll()[1]) / 1_000_000);
                            outstanding.decrementAndGet();
                        }
                    }
                }
            }
            sender.join();
            store.join();
        }
        List<Long> toTopic = new ArrayList<>(delays);
        List<Long> toClickHouse = new ArrayList<>(storedDelays);
        Collections.sort(toTopic);
        Collections.sort(toClickHouse);
        return new Live(toTopic, toClickHouse);
    }

    /** Item 9, year to date, per commune: the newest value the engine wrote for each. */
    private static Map<String, double[]> finalItem9(EmbeddedStack stack, int year) {
        Deserializer<IndicatorValue> values = new RegistrySerdes(stack.registry().url()).serde(IndicatorValue.class).deserializer();
        Map<String, double[]> item9 = new TreeMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", stack.bootstrapServers(),
                "isolation.level", "read_committed", "enable.auto.commit", "false", "max.poll.records", 5000),
                new StringDeserializer(), new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(PipelineTopics.INDICATOR_VALUE.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    IndicatorValue value = values.deserialize(record.topic(), record.headers(), record.value());
                    if (value != null && value.getIndicatorCode().equals("9") && value.getIndicatorSet().equals("2026") && value.getYear() == year
                            && value.getWindowKind().name().equals("YEAR_TO_DATE") && value.getUnitLevel().name().equals("COMMUNE")) {
                        item9.put(value.getUnitCode(), new double[] {nullToZero(value.getNumerator()), nullToZero(value.getDenominator())});
                    }
                }
            }
        }
        return item9;
    }

    private Map<String, double[]> withoutLive(Map<String, double[]> engine) {
        Map<String, double[]> result = new TreeMap<>();
        engine.forEach((commune, counts) -> {
            double[] live = liveCounts.getOrDefault(commune, new double[2]);
            result.put(commune, new double[] {counts[0] - live[0], counts[1] - live[1]});
        });
        return result;
    }

    /**
     * 2026 item 9 as the catalog defines it (tthc.dossier.received.online over tthc.dossier.received),
     * written here from the catalog's text, not from the engine: each dossier in the state of its
     * newest changed_at, received (status other than 1 and 3) with a reception day in the year up to
     * today in Vietnam, counted in its commune; online when its channel is ONLINE.
     */
    private static String item9Sql(int year) {
        return """
                SELECT commune, toFloat64(countIf(channel = 'ONLINE')) AS online, toFloat64(count()) AS received
                FROM (
                    SELECT dossier_code, argMax(status, changed_at) AS status, argMax(channel, changed_at) AS channel,
                           argMax(received_at, changed_at) AS received_at, argMax(commune_code, changed_at) AS commune
                    FROM %s.raw_dossier
                    WHERE dossier_code NOT LIKE '%s%%'
                    GROUP BY dossier_code
                )
                WHERE status NOT IN (1, 3) AND received_at IS NOT NULL
                  AND toYear(toTimeZone(received_at, 'Asia/Ho_Chi_Minh')) = %d
                  AND toDate(toTimeZone(received_at, 'Asia/Ho_Chi_Minh')) <= toDate(now(), 'Asia/Ho_Chi_Minh')
                GROUP BY commune
                """.formatted(Demo.DATABASE, LIVE_PREFIX, year);
    }

    private static List<String> compare(Map<String, double[]> batch, Map<String, double[]> engine) {
        List<String> differences = new ArrayList<>();
        for (String commune : new java.util.TreeSet<>(union(batch.keySet(), engine.keySet()))) {
            double[] b = batch.getOrDefault(commune, new double[2]);
            double[] e = engine.getOrDefault(commune, new double[2]);
            if (Math.abs(b[0] - e[0]) > 1e-6 || Math.abs(b[1] - e[1]) > 1e-6) {
                differences.add("- %s: SQL %,.0f of %,.0f, engine %,.0f of %,.0f".formatted(commune, b[0], b[1], e[0], e[1]));
            }
        }
        return differences;
    }

    private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static ReplayProgress.Snapshot awaitIngested(ReplayProgress progress, long lines) throws InterruptedException {
        ReplayProgress.Snapshot last = progress.now();
        long lastChange = System.nanoTime();
        while (true) {
            Thread.sleep(5000);
            ReplayProgress.Snapshot now = progress.now();
            System.out.printf("[benchmark] sources→Kafka %,d of %,d lines · raw rows in ClickHouse %,d%n", now.sourceRecords(), lines, now.rawRows());
            if (now.sourceRecords() != last.sourceRecords() || now.rawRows() != last.rawRows()) {
                last = now;
                lastChange = System.nanoTime();
            } else if (now.sourceRecords() >= lines && System.nanoTime() - lastChange > 20_000_000_000L) {
                return now;
            } else if (System.nanoTime() - lastChange > Duration.ofMinutes(5).toNanos()) {
                throw new AssertionError("ingestion stalled at " + now);
            }
        }
    }

    /** Waits until the benchmark engine has committed every raw topic's end; returns the records it covered. */
    private static long awaitConsumed(Admin admin, List<String> topics) throws Exception {
        Map<TopicPartition, Long> end = endOffsetsByPartition(admin, topics);
        long total = end.values().stream().mapToLong(Long::longValue).sum();
        Instant deadline = Instant.now().plus(Duration.ofHours(2));
        while (Instant.now().isBefore(deadline)) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(ENGINE_ID).partitionsToOffsetAndMetadata().get();
            boolean all = end.entrySet().stream().allMatch(e -> e.getValue() == 0
                    || committed.get(e.getKey()) != null && committed.get(e.getKey()).offset() >= e.getValue());
            if (all) {
                return total;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the engine did not catch up in 2 hours");
    }

    private static Map<TopicPartition, Long> endOffsetsByPartition(Admin admin, List<String> topics) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(topics).allTopicNames().get().values().stream()
                .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
        return admin.listOffsets(latest).all().get().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    private static long endOffsets(Admin admin, List<String> topics) throws Exception {
        return endOffsetsByPartition(admin, topics).values().stream().mapToLong(Long::longValue).sum();
    }

    private static long size(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static double nullToZero(Double value) {
        return value == null ? 0 : value;
    }

    private static String seconds(long started) {
        return "%.0f s".formatted((System.nanoTime() - started) / 1e9);
    }
}
