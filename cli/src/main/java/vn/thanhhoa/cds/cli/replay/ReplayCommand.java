package vn.thanhhoa.cds.cli.replay;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import vn.thanhhoa.cds.adminunits.ReferenceData;
import vn.thanhhoa.cds.cli.demo.Demo;
import vn.thanhhoa.cds.cli.demo.DemoOptions;
import vn.thanhhoa.cds.cli.demo.DemoSources;
import vn.thanhhoa.cds.cli.replay.verify.IndicatorVerdict;
import vn.thanhhoa.cds.cli.replay.verify.ReplayAccount;
import vn.thanhhoa.cds.cli.replay.verify.VerificationDay;
import vn.thanhhoa.cds.schemas.topic.PipelineTopics;
import vn.thanhhoa.cds.schemas.topic.TopicSpec;
import vn.thanhhoa.cds.simulators.scale.SimulationScale;
import vn.thanhhoa.cds.store.ClickHouse;

/**
 * {@code ./cds replay}: writes a simulated feed (by default a province-scale year), runs the whole
 * embedded pipeline over it (connectors, engine, sink; the dashboard too, to watch), shows where each
 * stage stands until all are quiet, prints a summary and checks the result against the simulator's
 * own account. Exit 0 when the check finds no difference.
 */
public final class ReplayCommand {

    private static final Duration TICK = Duration.ofSeconds(5);
    /** A stage is done when its count has not moved for this long after the stage before it finished. */
    private static final Duration QUIET = Duration.ofSeconds(20);
    /** Nothing moving at all for this long, before the end, is a stall. */
    private static final Duration STALL = Duration.ofMinutes(5);

    public int run(List<String> args, PrintStream out) {
        ReplayOptions options = ReplayOptions.parse(args, Clock.systemUTC());
        SimulationScale scale = options.scale();
        out.printf("Replaying the %s feed: %d month(s) from %s, %,d dossiers, %,d people, %,d documents, %,d tasks; data in %s%n",
                scale.name(), scale.months(), scale.firstMonth(), scale.dossiers(), scale.people(), scale.documents(), scale.tasks(), options.dataDirectory());
        out.println("Writing the simulated feeds and starting the pipeline…");
        long started = System.nanoTime();
        try (Demo demo = Demo.start(new DemoOptions(options.dataDirectory(), 0, scale));
                Admin admin = Admin.create(Map.of("bootstrap.servers", demo.stack().bootstrapServers()))) {
            long lines = ExportLines.under(options.dataDirectory().resolve("sources"));
            out.printf("Pipeline up after %s; %,d lines in the simulated exports (plus the monthly report files). Dashboard: %s%n",
                    elapsed(started), lines, demo.dashboardUrl());
            demo.users().print(out, demo.dashboardUrl());
            List<String> sourceTopics = Stream.concat(PipelineTopics.ALL.stream().filter(topic -> topic.name().startsWith("raw.")),
                    Stream.of(PipelineTopics.DLQ_SOURCE)).map(TopicSpec::name).toList();
            ReplayProgress progress = new ReplayProgress(admin, demo.stack().clickHouse(), Demo.DATABASE, sourceTopics, PipelineTopics.INDICATOR_VALUE.name());
            ReplayProgress.Snapshot last = awaitQuiet(progress, lines, started, out);
            printSummary(progress, last, lines, started, out);

            IndicatorVerdict verdict = check(demo.stack().clickHouse(), options.dataDirectory(), scale);
            VerificationDay day = verificationDay(scale);
            printVerdict(verdict, day, out);
            return verdict.differences().isEmpty() ? 0 : 1;
        }
    }

    /**
     * What ClickHouse holds after a replay of {@code scale}'s feed, checked against the simulators'
     * accounts: the year of the feed's last month (the demo's feed starts in 2025 and ends in 2026), as of
     * today in Vietnam as the engine judges the running year (a replay feeds no day after its last complete month).
     */
    static IndicatorVerdict check(ClickHouse clickHouse, Path dataDirectory, SimulationScale scale) {
        ReferenceData reference = ReferenceData.load();
        YearMonth lastMonth = scale.firstMonth().plusMonths(scale.months() - 1L);
        String province = reference.units().provinceOn(lastMonth.atEndOfMonth()).code();
        ReplayAccount account = account(new DemoSources(dataDirectory, reference, scale), reference, dataDirectory.resolve("account"));
        return new ReplayVerifier(clickHouse, Demo.DATABASE).verify(verificationDay(scale), account, province);
    }

    private static VerificationDay verificationDay(SimulationScale scale) {
        return VerificationDay.of(scale.firstMonth().plusMonths(scale.months() - 1L).getYear(), LocalDate.now(ReplayOptions.VIETNAM));
    }

    /** The simulators' accounts of the feeds, written again from the same seeds into {@code scratch} (removed after). */
    private static ReplayAccount account(DemoSources sources, ReferenceData reference, Path scratch) {
        try {
            return new ReplayAccount(sources.dossierAccount(scratch.resolve("tthc")).acceptedDossiers().values(),
                    sources.documentAccount(scratch.resolve("document")), sources.taskAccount(scratch.resolve("task")),
                    sources.periodicReportAccount(scratch.resolve("periodic-report")), sources.reportAccount(scratch.resolve("report")).acceptedValues(),
                    sources.declarationAccount(scratch.resolve("declaration")).accepted(), reference.statistics());
        } finally {
            deleteTree(scratch);
        }
    }

    private static void printVerdict(IndicatorVerdict verdict, VerificationDay day, PrintStream out) {
        out.printf("Check against the simulators' accounts, as of %s (set 2026, year %d): %d units × %d indicators, %,d values compared "
                        + "(unit × indicator × window; %,d of them rows in ClickHouse): %d difference(s)%n",
                day.asOf().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), day.year(), verdict.units(), verdict.indicators(), verdict.valuesCompared(),
                verdict.valuesFound(), verdict.differences().size());
        verdict.differences().stream().limit(50).forEach(difference -> out.println("  " + difference));
        if (verdict.differences().size() > 50) {
            out.printf("  … and %d more%n", verdict.differences().size() - 50);
        }
        out.printf("Not checked (%d):%n", verdict.notChecked().size());
        verdict.notChecked().forEach((code, reason) -> out.printf("  item %s: %s%n", code, reason));
    }

    private static ReplayProgress.Snapshot awaitQuiet(ReplayProgress progress, long lines, long started, PrintStream out) {
        ReplayProgress.Snapshot last = progress.now();
        long lastChange = System.nanoTime();
        long previousSources = 0;
        long previousTick = System.nanoTime();
        while (true) {
            sleep(TICK);
            ReplayProgress.Snapshot now = progress.now();
            long tick = System.nanoTime();
            double rate = (now.sourceRecords() - previousSources) / ((tick - previousTick) / 1e9);
            String left = rate > 0 && now.sourceRecords() < lines ? "~" + Duration.ofSeconds((long) ((lines - now.sourceRecords()) / rate)).toString()
                    .substring(2).toLowerCase() + " of ingestion left" : "";
            out.printf("[%s] sources→Kafka %,d of %,d lines (%,.0f/s) · raw rows in ClickHouse %,d · indicator values %,d · their rows %,d %s%n",
                    elapsed(started), now.sourceRecords(), lines, rate, now.rawRows(), now.values(), now.valueRows(), left);
            previousSources = now.sourceRecords();
            previousTick = tick;
            if (!now.equals(last)) {
                last = now;
                lastChange = tick;
            } else if (now.sourceRecords() >= lines && tick - lastChange > QUIET.toNanos()) {
                return now;
            } else if (tick - lastChange > STALL.toNanos()) {
                throw new IllegalStateException("The replay stalled: nothing moved for " + STALL.toMinutes() + " minutes with "
                        + now.sourceRecords() + " of " + lines + " lines in Kafka; see the dashboard's status page for a failed connector.");
            }
        }
    }

    private static void printSummary(ReplayProgress progress, ReplayProgress.Snapshot last, long lines, long started, PrintStream out) {
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf("Replay done in %s: %,d export lines → %,d records on the source topics (%,.0f a second end to end)%n",
                elapsed(started), lines, last.sourceRecords(), last.sourceRecords() / seconds);
        progress.perTopic(List.of(PipelineTopics.RAW_DOSSIER.name(), PipelineTopics.RAW_DOCUMENT.name(), PipelineTopics.RAW_HEALTH_RECORD.name(),
                PipelineTopics.RAW_TASK.name(), PipelineTopics.RAW_PERIODIC_REPORT.name(), PipelineTopics.RAW_REPORTED_MEASURE.name(),
                PipelineTopics.RAW_DECLARATION.name())).forEach((topic, count) -> out.printf("  %-22s %,d%n", topic, count));
        progress.perTopic(List.of(PipelineTopics.DLQ_SOURCE.name(), PipelineTopics.DLQ_ENGINE.name(), PipelineTopics.DLQ_SINK.name(),
                PipelineTopics.DQ_FINDING.name())).forEach((topic, count) -> out.printf("  %-22s %,d (dead letters / findings)%n", topic, count));
        out.printf("  %-22s at most %,d records (offsets; commit markers included)%n", PipelineTopics.INDICATOR_VALUE.name(), last.values());
        out.printf("  ClickHouse: %,d raw rows and dead letters, %,d indicator value rows%n", last.rawRows(), last.valueRows());
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("Removing " + root + " failed: " + e.getMessage(), e);
        }
    }

    private static String elapsed(long started) {
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        return "%d:%02d".formatted(seconds / 60, seconds % 60);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
