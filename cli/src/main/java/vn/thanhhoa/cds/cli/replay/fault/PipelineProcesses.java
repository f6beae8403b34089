package vn.thanhhoa.cds.cli.replay.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import vn.thanhhoa.cds.cli.demo.ChildProcessArguments;
import vn.thanhhoa.cds.runtime.kafka.EmbeddedKafkaBroker;
import vn.thanhhoa.cds.runtime.registry.SchemaRegistryProcess;
import vn.thanhhoa.cds.simulators.scale.SimulationScale;
import vn.thanhhoa.cds.streams.app.EngineConfig;

/**
 * The embedded pipeline with each part where a fault can reach it: the Kafka broker in this JVM
 * (stopped and started again on the same ports and log folder), the schema registry as its child
 * process (stopped and started again on the same port and H2 file), and three child JVMs that can be
 * killed with SIGKILL: the store (sink connector and chDB), the source connectors, and the streams
 * application through its real entry point ({@code Cds streams}, {@code CDS_*} variables). Every
 * part keeps its data in a folder of the data directory, so a restarted part resumes.
 */
final class PipelineProcesses implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);
    private static final String ENGINE_READY = "Indicator engine running against";

    private final Path data;
    private final Path control;
    private EmbeddedKafkaBroker broker;
    private SchemaRegistryProcess registry;
    private final ChildJvm store;
    private final ChildJvm sources;
    private final ChildJvm engine;
    private final Thread reaper;

    private PipelineProcesses(Path data, EmbeddedKafkaBroker broker, SchemaRegistryProcess registry, SimulationScale scale) {
        this.data = data;
        this.control = data.resolve("faults");
        this.broker = broker;
        this.registry = registry;
        String bootstrap = broker.bootstrapServers();
        String registryUrl = registry.url();
        List<String> common = new ChildProcessArguments(data, bootstrap, registryUrl, control).asList();
        this.store = new ChildJvm("store", "vn.thanhhoa.cds.cli.demo.DemoStoreProcess", common, Map.of(), control, "1g");
        this.sources = new ChildJvm("sources", "vn.thanhhoa.cds.cli.demo.DemoSourcesProcess",
                java.util.stream.Stream.concat(common.stream(), java.util.stream.Stream.of(scale.name(), scale.firstMonth().toString(),
                        Integer.toString(scale.months()), Integer.toString(scale.dossiers()), Integer.toString(scale.people()),
                        Integer.toString(scale.documents()), Integer.toString(scale.tasks()))).toList(), Map.of(), control, "768m");
        this.engine = new ChildJvm("streams", "vn.thanhhoa.cds.cli.Cds", List.of("streams"), Map.of(
                variable(EngineConfig.BOOTSTRAP_SERVERS_CONFIG), bootstrap,
                variable(EngineConfig.REGISTRY_URL_CONFIG), registryUrl,
                variable(EngineConfig.STATE_DIR_CONFIG), data.resolve("streams").toString()), control, "1g");
        // Children outlive nothing: a parent stopped by Ctrl-C or a failed test takes them along.
        this.reaper = new Thread(() -> List.of(engine, sources, store).forEach(child -> {
            if (child.alive()) {
                child.kill();
            }
        }), "fault-suite-reaper");
        Runtime.getRuntime().addShutdownHook(reaper);
    }

    private static String variable(String key) {
        return "CDS_" + key.toUpperCase(java.util.Locale.ROOT).replace('.', '_');
    }

    /** Starts the broker and the registry here, then the store (which sets the pipeline up), the sources and the engine. */
    static PipelineProcesses start(Path data, SimulationScale scale) {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(data.resolve("kafka"), 0, 0);
        SchemaRegistryProcess registry;
        try {
            registry = SchemaRegistryProcess.start(data.resolve("registry"), 0);
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
        PipelineProcesses parts = new PipelineProcesses(data, broker, registry, scale);
        try {
            for (ChildJvm child : List.of(parts.store, parts.sources, parts.engine)) {
                child.start();
                parts.awaitReady(child);
            }
        } catch (RuntimeException e) {
            parts.close();
            throw e;
        }
        return parts;
    }

    String bootstrapServers() {
        return broker.bootstrapServers();
    }

    List<ChildJvm> children() {
        return List.of(store, sources, engine);
    }

    ChildJvm child(FaultKind kind) {
        return switch (kind) {
            case ENGINE_KILL -> engine;
            case SOURCES_KILL -> sources;
            case STORE_KILL -> store;
            default -> throw new IllegalArgumentException(kind + " kills no child process");
        };
    }

    /** SIGKILL, then the same part started again on the same data, back when it says it is ready. */
    void killAndRestart(ChildJvm child) {
        child.kill();
        child.start();
        awaitReady(child);
    }

    /** Starts a child that exited on its own again. */
    void restart(ChildJvm child) {
        child.start();
        awaitReady(child);
    }

    void restartBroker(Duration down) {
        int port = broker.port();
        int controllerPort = broker.controllerPort();
        Path logDirectory = broker.logDirectory();
        broker.close();
        sleep(down);
        broker = EmbeddedKafkaBroker.start(logDirectory, port, controllerPort);
    }

    void restartRegistry() {
        int port = registry.port();
        registry.close();
        registry = SchemaRegistryProcess.start(data.resolve("registry"), port);
    }

    /** Tells the store process to refuse the sink's ClickHouse calls for {@code length}; returns once it does. */
    void injectOutage(Duration length) {
        long before = storeStatus().map(status -> status.number("outages")).orElse(0L);
        long pid = store.pid();
        try {
            Path next = control.resolve("outage.next");
            Files.writeString(next, Long.toString(length.toSeconds()));
            Files.move(next, control.resolve("outage"), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("The outage could not be requested in " + control + ": " + e.getMessage(), e);
        }
        awaitStatus(store, "store.status", status -> status.pid() == pid && status.number("outages") > before);
    }

    Optional<ChildStatus> storeStatus() {
        return ChildStatus.readFrom(control.resolve("store.status")).filter(status -> status.pid() == store.pid());
    }

    Optional<ChildStatus> sourcesStatus() {
        return ChildStatus.readFrom(control.resolve("sources.status")).filter(status -> status.pid() == sources.pid());
    }

    private void awaitReady(ChildJvm child) {
        if (child == engine) {
            awaitLog(child);
        } else {
            awaitStatus(child, child == store ? "store.status" : "sources.status", status -> status.pid() == child.pid());
        }
    }

    private void awaitStatus(ChildJvm child, String file, Predicate<ChildStatus> condition) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (ChildStatus.readFrom(control.resolve(file)).filter(condition).isEmpty()) {
            waitOrFail(child, deadline);
        }
    }

    private void awaitLog(ChildJvm child) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (!logSays(child.log(), ENGINE_READY)) {
            waitOrFail(child, deadline);
        }
    }

    private static void waitOrFail(ChildJvm child, long deadline) {
        if (!child.alive()) {
            throw new IllegalStateException("The " + child.name() + " process exited while starting; see " + child.log() + ".");
        }
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException("The " + child.name() + " process was not ready within " + READY_TIMEOUT.toMinutes() + " minutes; see " + child.log() + ".");
        }
        sleep(Duration.ofMillis(500));
    }

    private static boolean logSays(Path log, String line) {
        try {
            return Files.exists(log) && Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1).contains(line);
        } catch (IOException e) {
            return false;
        }
    }

    /** Stops the children cleanly (the engine first, the store last, so the sink takes what the others wrote), leaving broker and registry up. */
    void stopChildren() {
        engine.stop(Duration.ofMinutes(1));
        sources.stop(Duration.ofMinutes(1));
        store.stop(Duration.ofMinutes(2));
    }

    @Override
    public void close() {
        children().forEach(child -> child.stop(Duration.ofSeconds(30)));
        try {
            registry.close();
        } finally {
            broker.close();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(reaper);
        } catch (IllegalStateException e) {
            // already shutting down: the hook runs anyway
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
