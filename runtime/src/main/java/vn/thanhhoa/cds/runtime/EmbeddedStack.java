package vn.thanhhoa.cds.runtime;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thanhhoa.cds.runtime.connect.EmbeddedConnectWorker;
import vn.thanhhoa.cds.runtime.kafka.EmbeddedKafkaBroker;
import vn.thanhhoa.cds.runtime.network.StackStartException;
import vn.thanhhoa.cds.runtime.registry.SchemaRegistryProcess;
import vn.thanhhoa.cds.store.ClickHouse;
import vn.thanhhoa.cds.store.embedded.EmbeddedClickHouse;

/**
 * Every piece of infrastructure the pipeline needs, real and local: a Kafka broker, the schema
 * registry, the ClickHouse engine and a Kafka Connect worker, each with its data in a folder of
 * {@link StackConfig#dataDirectory()}. Started in dependency order and stopped in reverse; a part
 * that fails to start stops the parts already started.
 */
public final class EmbeddedStack implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedStack.class);

    private final EmbeddedKafkaBroker broker;
    private final SchemaRegistryProcess registry;
    private final EmbeddedClickHouse clickHouse;
    private final EmbeddedConnectWorker connect;
    private final Deque<AutoCloseable> stopOrder;

    private EmbeddedStack(EmbeddedKafkaBroker broker, SchemaRegistryProcess registry, EmbeddedClickHouse clickHouse,
                          EmbeddedConnectWorker connect, Deque<AutoCloseable> stopOrder) {
        this.broker = broker;
        this.registry = registry;
        this.clickHouse = clickHouse;
        this.connect = connect;
        this.stopOrder = stopOrder;
    }

    public static EmbeddedStack start(StackConfig config) {
        Path root = config.dataDirectory();
        requireUsableDirectory(root);
        Deque<AutoCloseable> started = new ArrayDeque<>();
        started.push(StackDirectoryLock.acquire(root));
        long begin = System.nanoTime();
        try {
            EmbeddedKafkaBroker broker = push(started, EmbeddedKafkaBroker.start(root.resolve("kafka"), config.kafkaPort(), config.kafkaControllerPort()));
            SchemaRegistryProcess registry = push(started, SchemaRegistryProcess.start(root.resolve("registry"), config.registryPort()));
            EmbeddedClickHouse clickHouse = push(started, EmbeddedClickHouse.open(root.resolve("clickhouse")));
            EmbeddedConnectWorker connect = push(started, EmbeddedConnectWorker.start(broker.bootstrapServers(), registry.url(),
                    root.resolve("connect"), config.connectRestPort()));
            LOG.info("Embedded stack up in {} ms (data in {})", (System.nanoTime() - begin) / 1_000_000, root);
            return new EmbeddedStack(broker, registry, clickHouse, connect, started);
        } catch (RuntimeException e) {
            stopAll(started);
            throw e;
        }
    }

    private static <T extends AutoCloseable> T push(Deque<AutoCloseable> started, T part) {
        started.push(part);
        return part;
    }

    private static void requireUsableDirectory(Path root) {
        try {
            Files.createDirectories(root);
        } catch (java.io.IOException | SecurityException e) {
            throw new StackStartException("The stack data directory " + root + " cannot be created: " + e.getMessage(), e);
        }
        if (!Files.isDirectory(root) || !Files.isReadable(root) || !Files.isWritable(root) || !Files.isExecutable(root)) {
            throw new StackStartException("The stack data directory " + root + " is not readable and writable by this user.");
        }
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    public SchemaRegistryProcess registry() {
        return registry;
    }

    public ClickHouse clickHouse() {
        return clickHouse;
    }

    public EmbeddedConnectWorker connect() {
        return connect;
    }

    public EmbeddedKafkaBroker broker() {
        return broker;
    }

    @Override
    public void close() {
        stopAll(stopOrder);
    }

    private static void stopAll(Deque<AutoCloseable> started) {
        while (!started.isEmpty()) {
            AutoCloseable part = started.pop();
            try {
                part.close();
            } catch (Exception e) {
                LOG.warn("Stopping {} failed: {}", part.getClass().getSimpleName(), e.toString());
            }
        }
    }
}
