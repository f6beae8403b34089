package vn.thanhhoa.cds.cli.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import vn.thanhhoa.cds.adminunits.ReferenceData;
import vn.thanhhoa.cds.cli.demo.Demo;
import vn.thanhhoa.cds.cli.demo.DemoOptions;
import vn.thanhhoa.cds.cli.demo.DemoSources;
import vn.thanhhoa.cds.schemas.indicator.IndicatorValue;
import vn.thanhhoa.cds.schemas.topic.PipelineTopics;
import vn.thanhhoa.cds.schemas.topic.TopicSpec;
import vn.thanhhoa.cds.simulators.person.TypedIdentityNumber;
import vn.thanhhoa.cds.simulators.scale.SimulationScale;
import vn.thanhhoa.cds.simulators.tthc.DossierExportSimulator;
import vn.thanhhoa.cds.simulators.tthc.SimulatedAgency;
import vn.thanhhoa.cds.store.ClickHouse;
import vn.thanhhoa.cds.store.Row;
import vn.thanhhoa.cds.streams.serde.RegistrySerdes;

/**
 * The whole embedded pipeline's speed in one run (issue 18, item 4), as {@code ./cds demo} runs it:
 * source connectors, broker, registry, engine, sink, ClickHouse and the dashboard in one stack.
 * <ol>
 *   <li>the simulated year's export files are read from their folders to the end: each stage's
 *       progress sampled every second (records on the source topics, records the sink has taken,
 *       records the engine has committed, indicator value rows), each stage's own rate while it
 *       moved, and the events per second from the first record on a source topic to the last raw
 *       record taken by the sink (and to the engine's values settled);</li>
 *   <li>then a live feed: one-stop export files of new online dossiers dropped into the connector's
 *       folder ten times a second, {@code benchmark.live.rate} dossiers a second in all, each timed
 *       from its file's arrival in the folder to the moment ClickHouse's {@code indicator_value_latest}
 *       (what the dashboard reads) counts it in its commune's 2026 item 9 year to date;</li>
 *   <li>throughout, the peak resident memory of the stack: this JVM and the registry's process. The
 *       feeds are written before the stack starts, by a JVM of their own, so that this is the stack's.</li>
 * </ol>
 * Run by name with the heap the stack should live in:
 * {@code JDK_JAVA_OPTIONS=-Xmx2g ./mvnw -pl cli -am verify -Dtest=PipelineSpeedBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dbenchmark.scale=small} for a quick look). Report in {@code cli/target/benchmarks/pipeline-speed.md}.
 */
class PipelineSpeedBenchmark {

    private static final String SCALE = System.getProperty("benchmark.scale", "province");
    private static final int MONTHS = Integer.getInteger("benchmark.months", 12);
    private static final int LIVE_RATE = Integer.getInteger("benchmark.live.rate", 1000);
    private static final int LIVE_SECONDS = Integer.getInteger("benchmark.live.seconds", 60);
    private static final int FILES_PER_SECOND = 10;
    /** The feeds' writer's heap: the simulators hold a province-year's account while they write. */
    private static final String FEED_HEAP = System.getProperty("benchmark.feed.heap", "8g");
    /** Every stage counted still for this long, after the sources are read, is the end of the backlog. */
    private static final Duration QUIET = Duration.ofSeconds(20);
    private static final Duration STALL = Duration.ofMinutes(5);
    private static final DateTimeFormatter SOURCE_DATE = DateTimeFormatter.ofPattern("yyMMdd");
    /** A live dossier's code: agency, day, and its number after a 9 no simulated year reaches (the year's dossiers are numbered from 0). */
    private static final String LIVE_CODE = "%s-%s-9%07d";
    private static final Pattern LIVE_NUMBER = Pattern.compile("-9(\\d{7})$");

    @Test
    void feedTheProvinceYearThroughThePipeline() throws Exception {
        Path directory = BenchmarkReport.freshDirectory("pipeline-speed-data");
        int year = 2026;
        SimulationScale scale = SimulatedYear.scale(SCALE, year, MONTHS);
        int months = scale.months();
        // The feeds first, by a JVM of their own: the stack's memory is then the stack's alone.
        SimulatedYear.writeFeedsApart(directory, SCALE, year, MONTHS, FEED_HEAP);
        List<String> rawTopics = PipelineTopics.ALL.stream().map(TopicSpec::name).filter(name -> name.startsWith("raw.")).toList();
        List<String> sinkTopics = Stream.concat(rawTopics.stream(), Stream.of(PipelineTopics.DLQ_SOURCE.name())).toList();
        BenchmarkReport report = new BenchmarkReport("The whole pipeline over the " + scale.name() + " feed");

        try (StackMemory memory = StackMemory.watch();
             Demo demo = Demo.start(new DemoOptions(directory, 0, scale));
             Admin admin = Admin.create(Map.of("bootstrap.servers", demo.stack().bootstrapServers()))) {
            long lines = ExportLines.under(directory.resolve("sources"));
            report.row("simulated months (%s from %s); export lines in the source folders".formatted(scale.name(), scale.firstMonth()),
                    "%d; %,d".formatted(months, lines));
            PipelineStages stages = new PipelineStages(admin, demo.stack().clickHouse(), Demo.DATABASE, "clickhouse-sink", "cds-indicator-engine", rawTopics, sinkTopics);
            backlog(stages, demo.stack().bootstrapServers(), sinkTopics, lines, report);
            report.row("stack resident memory after the backlog, peak (this JVM: broker, Connect, ClickHouse engine, streams, dashboard; plus the registry's process)",
                    "%,d MB (this JVM %,d MB)".formatted(memory.peakMegabytes(), memory.peakOwnMegabytes()));

            DemoSources sources = new DemoSources(directory, ReferenceData.load(), scale);
            Freshness freshness = live(demo, sources, year);
            report.row("live dossiers written at the source (%,d a second for %d s, in %d files a second); seen on raw.dossier / counted on indicator.value / counted in indicator_value_latest"
                    .formatted(LIVE_RATE, LIVE_SECONDS, FILES_PER_SECOND), "%,d / %,d / %,d".formatted(freshness.toRawTopic().size(),
                    freshness.toValueTopic().size(), freshness.toClickHouse().size()));
            report.row("file in the connector's folder → record on raw.dossier (the source connector), p50 / p95 / p99 / max", BenchmarkReport.delays(freshness.toRawTopic()));
            report.row("file → its commune's value on indicator.value (+ the engine), p50 / p95 / p99 / max", BenchmarkReport.delays(freshness.toValueTopic()));
            report.row("**freshness**: file → value readable in ClickHouse's indicator_value_latest, what the dashboard reads (+ the sink; sampled every 200 ms), p50 / p95 / p99 / max",
                    "**" + BenchmarkReport.delays(freshness.toClickHouse()) + "**");
            report.row("**stack resident memory, peak over the whole run**", "**%,d MB** (this JVM %,d MB)".formatted(memory.peakMegabytes(), memory.peakOwnMegabytes()));
            report.write("pipeline-speed.md");
            assertThat(freshness.toClickHouse()).as("every live dossier reached the dashboard's table").hasSize(LIVE_RATE * LIVE_SECONDS);
        }
    }

    /**
     * Samples every stage once a second until the sources are read and every stage has been still for
     * {@link #QUIET}; then reports each stage's span from the records' own times, which the samples
     * cannot give for a feed read before the stack's start-up ends: the sources from their first to their
     * last record's timestamp, the sink to its last batch of them, the engine from its first value to
     * the sample that saw it caught up.
     */
    private static void backlog(PipelineStages stages, String bootstrapServers, List<String> sinkTopics, long lines, BenchmarkReport report)
            throws InterruptedException {
        PipelineStages.Snapshot previous = stages.now();
        PipelineStages.Snapshot first = previous;
        long lastChange = previous.millis();
        long engineCaughtUp = -1;
        int samples = 0;
        while (true) {
            Thread.sleep(1000);
            PipelineStages.Snapshot now = stages.now();
            boolean moved = now.sourced() != previous.sourced() || now.sunk() != previous.sunk() || now.evaluated() != previous.evaluated()
                    || now.valueRows() != previous.valueRows();
            if (++samples % 10 == 0) {
                System.out.printf("[benchmark] sources %,d of %,d lines · sink %,d · engine %,d · value rows %,d%n",
                        now.sourced(), lines, now.sunk(), now.evaluated(), now.valueRows());
            }
            if (!now.engineCaughtUp() || now.sourced() < lines) {
                engineCaughtUp = -1;
            } else if (engineCaughtUp < 0) {
                engineCaughtUp = now.millis();
            }
            if (moved) {
                lastChange = now.millis();
            } else if (now.sourced() >= lines && now.sinkCaughtUp() && now.engineCaughtUp() && now.millis() - lastChange > QUIET.toMillis()) {
                previous = now;
                break;
            } else if (now.millis() - lastChange > STALL.toMillis()) {
                throw new AssertionError("the pipeline stalled at " + now);
            }
            previous = now;
        }
        long records = previous.sourced();
        long raw = previous.evaluated();
        PipelineStages.Span sources = stages.recordTimes(sinkTopics, bootstrapServers);
        long sinkDone = stages.lastSinkBatchMillis();
        long engineStarted = stages.firstRecordMillis(List.of(PipelineTopics.INDICATOR_VALUE.name()), bootstrapServers);
        long engineDone = engineCaughtUp < 0 ? first.millis() : engineCaughtUp;
        report.row("records on the source topics (raw and dead letters)", "%,d".formatted(records));
        report.row("**end to end: first record on a source topic → the sink's last batch of them** (its insert, under a second, not in it)",
                "%.0f s = **%,.0f events/s** (aim 50,000)".formatted(seconds(sinkDone - sources.first()), records / seconds(sinkDone - sources.first())));
        report.row("the same, to the engine caught up on every raw topic (sampled once a second)",
                "%.0f s = %,.0f events/s".formatted(seconds(engineDone - sources.first()), records / seconds(engineDone - sources.first())));
        Map<String, Double> rates = new java.util.LinkedHashMap<>();
        rates.put("source connectors", rate(report, "source connectors: files → source topics, first → last record", records, sources.last() - sources.first()));
        rates.put("sink", rate(report, "sink: first source record → its last batch of them", records, sinkDone - sources.first()));
        rates.put("engine", rate(report, "engine: its first value → caught up on every raw topic (%,d raw records)".formatted(raw), raw, engineDone - engineStarted));
        double slowest = rates.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
        rates.forEach((stage, rate) -> {
            if (rate == slowest) {
                report.row("the slowest stage", "%s, %,.0f/s".formatted(stage, rate));
            }
        });
        report.row("indicator value rows in ClickHouse (daily table) at the end", "%,d".formatted(previous.valueRows()));
    }

    private static double rate(BenchmarkReport report, String stage, long records, long millis) {
        double rate = records / seconds(millis);
        report.row("stage: " + stage, "%,d records in %.0f s = %,.0f/s".formatted(records, seconds(millis), rate));
        return rate;
    }

    /** Each live dossier's delay to three points: its record on raw.dossier, its commune's value on indicator.value, and in ClickHouse. */
    private record Freshness(List<Long> toRawTopic, List<Long> toValueTopic, List<Long> toClickHouse) {
    }

    /**
     * The live feed: files of new online dossiers dropped into the one-stop folder. A dossier is seen on
     * raw.dossier by its code; counted by its commune's 2026 item 9 numerator (on indicator.value, and in
     * ClickHouse) when that numerator reaches the count before the feed plus the dossier's rank among its
     * commune's live dossiers (only the live feed moves it now).
     */
    private static Freshness live(Demo demo, DemoSources sources, int year) throws Exception {
        ClickHouse clickHouse = demo.stack().clickHouse();
        Map<String, Long> baseline = onlineReceived(clickHouse, year);
        List<SimulatedAgency> agencies = sources.agencies();
        DossierExportSimulator dossiers = new DossierExportSimulator(1, agencies, YearMonth.of(year, 1), 1, 1);
        Path inbox = sources.dossierInbox();
        Path staging = inbox.resolveSibling("live-staging");
        Files.createDirectories(staging);
        int total = LIVE_RATE * LIVE_SECONDS;
        int perFile = LIVE_RATE / FILES_PER_SECOND;
        long[] arrivals = new long[total];
        Arrivals onTopic = new Arrivals();
        Arrivals inClickHouse = new Arrivals();
        List<Long> toRaw = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread writer = Thread.ofPlatform().name("live-exports").start(() -> {
            long interval = 1_000_000_000L / FILES_PER_SECOND;
            long next = System.nanoTime();
            int dossier = 0;
            for (int file = 0; file < total / perFile; file++) {
                // Parked, not spinning: a spinning writer would take one of the two cores from what is measured.
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                next += interval;
                LocalDateTime now = LocalDateTime.now(ReplayOptions.VIETNAM);
                List<String> lines = new ArrayList<>(perFile);
                List<String> communes = new ArrayList<>(perFile);
                int firstOfFile = dossier;
                for (int i = 0; i < perFile; i++, dossier++) {
                    SimulatedAgency agency = agencies.get(dossier % agencies.size());
                    lines.add(dossiers.receivedOnline(LIVE_CODE.formatted(agency.agencyCode(), now.format(SOURCE_DATE), dossier), agency, now,
                            TypedIdentityNumber.of(dossier, 100_000_000 + dossier).number()));
                    communes.add(agency.communeCode());
                }
                Path name = Path.of("zz-live-%06d.jsonl".formatted(file));
                try {
                    Files.write(staging.resolve(name), lines, StandardCharsets.UTF_8);
                    long arrived = System.nanoTime();
                    java.util.Arrays.fill(arrivals, firstOfFile, dossier, arrived);
                    onTopic.arrived(communes, arrived);
                    inClickHouse.arrived(communes, arrived);
                    Files.move(staging.resolve(name), inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            writing.set(false);
        });
        long deadline = System.nanoTime() + Duration.ofSeconds(LIVE_SECONDS + 120L).toNanos();
        Thread rawTopic = Thread.ofPlatform().name("live-raw-topic").start(() -> {
            try (KafkaConsumer<String, byte[]> consumer = consumer(demo, "read_uncommitted")) {
                follow(consumer, PipelineTopics.RAW_DOSSIER.name());
                while (toRaw.size() < total && System.nanoTime() < deadline) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(50))) {
                        Matcher live = LIVE_NUMBER.matcher(record.key() == null ? "" : record.key());
                        if (live.find()) {
                            toRaw.add((System.nanoTime() - arrivals[Integer.parseInt(live.group(1))]) / 1_000_000);
                        }
                    }
                }
            }
        });
        Thread valueTopic = Thread.ofPlatform().name("live-value-topic").start(() -> {
            Deserializer<IndicatorValue> values = new RegistrySerdes(demo.stack().registry().url()).serde(IndicatorValue.class).deserializer();
            try (KafkaConsumer<String, byte[]> consumer = consumer(demo, "read_committed")) {
                follow(consumer, PipelineTopics.INDICATOR_VALUE.name());
                while ((writing.get() || onTopic.waiting() > 0) && System.nanoTime() < deadline) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(50))) {
                        IndicatorValue value = values.deserialize(record.topic(), record.headers(), record.value());
                        if (value != null && value.getIndicatorCode().equals("9") && value.getIndicatorSet().equals("2026") && value.getYear() == year
                                && value.getWindowKind().name().equals("YEAR_TO_DATE") && value.getUnitLevel().name().equals("COMMUNE")
                                && value.getNumerator() != null) {
                            onTopic.counted(value.getUnitCode(), value.getNumerator().longValue() - baseline.getOrDefault(value.getUnitCode(), 0L), System.nanoTime());
                        }
                    }
                }
            }
        });
        // What the dashboard reads, asked five times a second.
        while ((writing.get() || inClickHouse.waiting() > 0) && System.nanoTime() < deadline) {
            Map<String, Long> now = onlineReceived(clickHouse, year);
            long seen = System.nanoTime();
            now.forEach((commune, count) -> inClickHouse.counted(commune, count - baseline.getOrDefault(commune, 0L), seen));
            Thread.sleep(200);
        }
        writer.join();
        rawTopic.join();
        valueTopic.join();
        List<Long> raw = new ArrayList<>(toRaw);
        Collections.sort(raw);
        return new Freshness(raw, onTopic.delays(), inClickHouse.delays());
    }

    /** Live dossiers per commune in the order they arrived, each waiting to be seen counted. */
    private static final class Arrivals {
        private final Map<String, ArrayDeque<long[]>> waiting = new HashMap<>();
        private final Map<String, Long> ranks = new HashMap<>();
        private final List<Long> delays = new ArrayList<>();
        private long outstanding;

        synchronized void arrived(List<String> communes, long nanos) {
            for (String commune : communes) {
                long rank = ranks.merge(commune, 1L, Long::sum);
                waiting.computeIfAbsent(commune, c -> new ArrayDeque<>()).add(new long[] {rank, nanos});
                outstanding++;
            }
        }

        /** The commune's value counts {@code counted} live dossiers: those of rank up to it are seen now. */
        synchronized void counted(String commune, long counted, long seenNanos) {
            ArrayDeque<long[]> queue = waiting.get(commune);
            while (queue != null && !queue.isEmpty() && queue.peek()[0] <= counted) {
                delays.add((seenNanos - queue.poll()[1]) / 1_000_000);
                outstanding--;
            }
        }

        synchronized long waiting() {
            return outstanding;
        }

        synchronized List<Long> delays() {
            List<Long> sorted = new ArrayList<>(delays);
            Collections.sort(sorted);
            return sorted;
        }
    }

    private static KafkaConsumer<String, byte[]> consumer(Demo demo, String isolation) {
        return new KafkaConsumer<>(Map.of("bootstrap.servers", demo.stack().bootstrapServers(), "isolation.level", isolation,
                "enable.auto.commit", "false"), new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** Reads {@code topic} from its end: what arrives from now on. */
    private static void follow(KafkaConsumer<String, byte[]> consumer, String topic) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
    }

    /** 2026 item 9's numerator (dossiers received online this year) per commune, as the dashboard reads it. */
    private static Map<String, Long> onlineReceived(ClickHouse clickHouse, int year) {
        Map<String, Long> counts = new HashMap<>();
        for (Row row : clickHouse.query("SELECT unit_code, toInt64(numerator) AS online FROM " + Demo.DATABASE + ".indicator_value_latest FINAL"
                + " WHERE indicator_set = '2026' AND indicator_code = '9' AND window_kind = 'YEAR_TO_DATE' AND unit_level = 'COMMUNE' AND year = " + year
                + " AND numerator IS NOT NULL")) {
            counts.put(row.string("unit_code"), row.longValue("online"));
        }
        return counts;
    }

    private static double seconds(long millis) {
        return millis / 1e3;
    }
}
