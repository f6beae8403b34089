package vn.thanhhoa.cds.cli.replay.fault;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import vn.thanhhoa.cds.cli.demo.Demo;
import vn.thanhhoa.cds.cli.replay.ExportLines;
import vn.thanhhoa.cds.cli.replay.ReplayCheck;
import vn.thanhhoa.cds.simulators.scale.SimulationScale;
import vn.thanhhoa.cds.store.embedded.EmbeddedClickHouse;

/**
 * {@code ./cds faults}: a replay with every part of the pipeline in reach of a fault (see
 * {@link PipelineProcesses}). In each round every kind of {@link FaultKind} is injected once, in an
 * order and after pauses drawn from the seed (printed, so a run can be repeated). Once the feed is
 * consumed, every part is back and nothing has moved for a while, the parts are stopped and the
 * replay's check compares ClickHouse with the simulator's account: exit 0 when every fault was
 * survived and the check finds no difference.
 */
public final class FaultCommand {

    private static final Duration TICK = Duration.ofSeconds(2);
    /** Nothing moved for this long, with every part up and nothing behind: done. */
    private static final Duration QUIET = Duration.ofSeconds(30);
    /** Nothing moved for this long before that: a stall. */
    private static final Duration STALL = Duration.ofMinutes(10);

    public int run(List<String> args, PrintStream out) {
        FaultOptions options = FaultOptions.parse(args, Clock.systemUTC(), System.nanoTime());
        SimulationScale scale = options.replay().scale();
        Path data = options.replay().dataDirectory();
        Random random = new Random(options.seed());
        List<FaultKind> plan = plan(options.rounds(), random);
        out.printf("Fault suite: the %s feed (%d month(s) from %s), %d round(s), seed %d, outages of %d s; data in %s%n",
                scale.name(), scale.months(), scale.firstMonth(), options.rounds(), options.seed(), options.outage().toSeconds(), data);
        out.println("Order of the faults: " + plan);
        long started = System.nanoTime();
        FaultTally tally = new FaultTally();
        try (PipelineProcesses parts = PipelineProcesses.start(data, scale)) {
            long lines = ExportLines.under(data.resolve("sources"));
            out.printf("[%s] pipeline up (store, sources and streams each in its own JVM); %,d lines in the simulated exports%n", elapsed(started), lines);
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", parts.bootstrapServers()))) {
                FaultProgress progress = new FaultProgress(admin);
                List<Long> pendingOutages = new ArrayList<>();
                for (FaultKind kind : plan) {
                    Duration pause = Duration.ofMillis(2_000 + random.nextInt(10_000));
                    supervise(parts, tally, pendingOutages, pause, out, started);
                    out.printf("[%s] injecting: %s%n", elapsed(started), kind.description());
                    tally.injected(kind);
                    inject(kind, parts, options.outage(), random, pendingOutages);
                    if (kind != FaultKind.CLICKHOUSE_OUTAGE) {
                        tally.survived(kind);
                        out.printf("[%s] back: %s%n", elapsed(started), kind.description());
                    }
                }
                awaitQuiet(parts, progress, tally, pendingOutages, lines, out, started);
            }
            out.printf("[%s] stopping the parts cleanly for the check%n", elapsed(started));
            parts.stopChildren();
        }
        out.println("Faults injected and survived:");
        tally.print(out);
        ReplayCheck.Result check;
        try (EmbeddedClickHouse clickHouse = EmbeddedClickHouse.open(data.resolve("clickhouse"))) {
            check = ReplayCheck.of(clickHouse, Demo.DATABASE, data, scale);
        }
        out.printf("Check against the simulators' accounts (%s): %d difference(s)%n", check.what(), check.differences().size());
        check.differences().stream().limit(50).forEach(difference -> out.println("  " + difference));
        out.printf("Fault suite done in %s%n", elapsed(started));
        return check.differences().isEmpty() && tally.allSurvived() ? 0 : 1;
    }

    /** Every kind once per round, each round in its own shuffled order. */
    static List<FaultKind> plan(int rounds, Random random) {
        List<FaultKind> plan = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            List<FaultKind> kinds = new ArrayList<>(Arrays.asList(FaultKind.values()));
            Collections.shuffle(kinds, random);
            plan.addAll(kinds);
        }
        return plan;
    }

    private static void inject(FaultKind kind, PipelineProcesses parts, Duration outage, Random random, List<Long> pendingOutages) {
        switch (kind) {
            case ENGINE_KILL, SOURCES_KILL, STORE_KILL -> parts.killAndRestart(parts.child(kind));
            case BROKER_RESTART -> parts.restartBroker(Duration.ofMillis(1_000 + random.nextInt(4_000)));
            case REGISTRY_RESTART -> parts.restartRegistry();
            case CLICKHOUSE_OUTAGE -> {
                parts.injectOutage(outage);
                pendingOutages.add(parts.child(FaultKind.STORE_KILL).pid());
            }
        }
    }

    /**
     * Waits {@code pause}, meanwhile starting again a part that exited unasked (counted: a supervisor
     * would restart it, but the report must show it) and noting the end of each injected outage.
     */
    private static void supervise(PipelineProcesses parts, FaultTally tally, List<Long> pendingOutages, Duration pause, PrintStream out, long started) {
        long until = System.nanoTime() + pause.toNanos();
        do {
            for (ChildJvm child : parts.children()) {
                if (!child.alive()) {
                    out.printf("[%s] the %s process exited unasked (see %s); starting it again%n", elapsed(started), child.name(), child.log());
                    tally.unplannedExit(child.name());
                    parts.restart(child);
                }
            }
            // An outage is over when its store says so, or when its store is gone (killed since: its outage died with it).
            if (!pendingOutages.isEmpty()) {
                long storePid = parts.child(FaultKind.STORE_KILL).pid();
                var store = parts.storeStatus();
                boolean refusing = store.map(status -> Boolean.parseBoolean(status.value("refusing"))).orElse(true);
                pendingOutages.removeIf(pid -> {
                    boolean over = pid != storePid || !refusing;
                    if (over) {
                        tally.survived(FaultKind.CLICKHOUSE_OUTAGE);
                        out.printf("[%s] over: %s; %s%n", elapsed(started), FaultKind.CLICKHOUSE_OUTAGE.description(), pid != storePid
                                ? "it ended with its store process, killed since"
                                : store.map(status -> status.number("refusedCalls")).orElse(0L) + " call(s) of the sink refused in this store process");
                    }
                    return over;
                });
            }
            PipelineProcesses.sleep(Duration.ofMillis(Math.min(1_000, Math.max(0, (until - System.nanoTime()) / 1_000_000))));
        } while (System.nanoTime() < until);
    }

    private static void awaitQuiet(PipelineProcesses parts, FaultProgress progress, FaultTally tally, List<Long> pendingOutages, long lines,
                                   PrintStream out, long started) {
        FaultProgress.Snapshot last = null;
        long lastChange = System.nanoTime();
        long lastPrint = 0;
        while (true) {
            supervise(parts, tally, pendingOutages, TICK, out, started);
            var store = parts.storeStatus();
            var sources = parts.sourcesStatus();
            if (store.isEmpty() || sources.isEmpty()) {
                continue;
            }
            FaultProgress.Snapshot now;
            try {
                now = progress.now(store.get());
            } catch (ExecutionException e) {
                out.printf("[%s] progress not readable yet: %s%n", elapsed(started), e.getCause().getMessage());
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted", e);
            }
            long tick = System.nanoTime();
            boolean running = allRunning(store.get().value("tasks")) && allRunning(sources.get().value("tasks"));
            boolean refusing = Boolean.parseBoolean(store.get().value("refusing"));
            if (tick - lastPrint > Duration.ofSeconds(10).toNanos()) {
                out.printf("[%s] sources→Kafka %,d of %,d lines · raw rows %,d · indicator values %,d · their rows %,d · behind: engine %,d, sink %,d%s%s%n",
                        elapsed(started), now.sourceRecords(), lines, now.rawRows(), now.values(), now.valueRows(), now.engineLag(), now.sinkLag(),
                        running ? "" : " · a connector task is not running", refusing ? " · ClickHouse outage on" : "");
                lastPrint = tick;
            }
            if (!now.equals(last)) {
                last = now;
                lastChange = tick;
            } else if (running && !refusing && pendingOutages.isEmpty() && now.sourceRecords() >= lines && now.engineLag() == 0 && now.sinkLag() == 0
                    && tick - lastChange > QUIET.toNanos()) {
                out.printf("[%s] quiet: every part up, nothing behind and nothing moved for %d s%n", elapsed(started), QUIET.toSeconds());
                return;
            } else if (tick - lastChange > STALL.toNanos()) {
                throw new IllegalStateException("The fault suite stalled: nothing moved for " + STALL.toMinutes() + " minutes (" + now
                        + "); see the logs in " + parts.children().getFirst().log().getParent() + ".");
            }
        }
    }

    private static boolean allRunning(String tasks) {
        return !tasks.isEmpty() && Arrays.stream(tasks.split(",")).allMatch("RUNNING"::equals);
    }

    private static String elapsed(long started) {
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        return "%d:%02d".formatted(seconds / 60, seconds % 60);
    }
}
