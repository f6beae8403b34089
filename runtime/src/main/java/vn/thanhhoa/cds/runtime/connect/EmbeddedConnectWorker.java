package vn.thanhhoa.cds.runtime.connect;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.connect.cli.ConnectStandalone;
import org.apache.kafka.connect.runtime.Connect;
import org.apache.kafka.connect.runtime.Herder;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorInfo;
import org.apache.kafka.connect.runtime.standalone.StandaloneHerder;
import org.apache.kafka.connect.util.FutureCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thanhhoa.cds.runtime.network.Ports;
import vn.thanhhoa.cds.runtime.network.StackStartException;
import vn.thanhhoa.cds.schemas.serde.ConfluentWireFormat;

/**
 * A standalone Kafka Connect worker in this JVM, running connectors found on the classpath. Source
 * offsets are kept in a file in its directory, so connectors resume where they stopped.
 */
public final class EmbeddedConnectWorker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedConnectWorker.class);
    private static final long DEPLOY_TIMEOUT_SECONDS = 60;

    /**
     * The source tasks' producer. With Connect's defaults (16 KiB batches, one request in flight) a
     * file connector with a backlog sent about 150 records a request, and the broker's and the
     * producer's threads spent 0.7 s of CPU for each second of the task's own (connectors'
     * IngestionBenchmark); 256 KiB batches carry about 800 records and that falls to 0.3 s. Idempotence
     * keeps each partition in order with five requests in flight, as one did. A live trickle waits at
     * most 10 ms for its batch. Compose's worker (deploy/app/connect-distributed.sh) sets the same.
     */
    private static final Map<String, String> SOURCE_PRODUCER = Map.of(
            "producer.batch.size", "262144",
            "producer.linger.ms", "10",
            "producer.max.in.flight.requests.per.connection", "5",
            "producer.enable.idempotence", "true");

    private final Connect<StandaloneHerder> connect;
    private final int restPort;
    private boolean running = true;

    private EmbeddedConnectWorker(Connect<StandaloneHerder> connect, int restPort) {
        this.connect = connect;
        this.restPort = restPort;
    }

    /**
     * Starts a worker. Values are written as Avro in Confluent's wire format through the registry;
     * keys as strings.
     */
    public static EmbeddedConnectWorker start(String bootstrapServers, String registryBaseUrl, Path directory, int restPort) {
        int port = Ports.claim(restPort, "connect.rest.port");
        Path dir = directory.toAbsolutePath();
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new StackStartException("The Kafka Connect directory " + dir + " cannot be created: " + e.getMessage(), e);
        }
        if (!Files.isWritable(dir)) {
            throw new StackStartException("The Kafka Connect directory " + dir + " is not writable by this user.");
        }
        Map<String, String> worker = new LinkedHashMap<>();
        worker.put("bootstrap.servers", bootstrapServers);
        worker.put("listeners", "http://" + Ports.LOOPBACK + ":" + port);
        worker.put("offset.storage.file.filename", dir.resolve("connect.offsets").toString());
        worker.put("offset.flush.interval.ms", "1000");
        worker.putAll(SOURCE_PRODUCER);
        // A task busy with a backlog gets time to hand over its batch and commit its offsets on stop.
        worker.put("task.shutdown.graceful.timeout.ms", "30000");
        // Plugins come from META-INF/services files: start in under a second instead of scanning
        // the whole classpath (seconds and hundreds of MB).
        worker.put("plugin.discovery", "service_load");
        // Sinks read the engine's exactly-once output: only committed transactions, never an aborted one.
        worker.put("consumer.isolation.level", "read_committed");
        worker.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        worker.put("value.converter", "io.apicurio.registry.utils.converter.AvroConverter");
        worker.putAll(ConfluentWireFormat.converterConfig("value.converter.", registryBaseUrl));
        // Connect calls Exit on a fatal start-up error; in a shared JVM that must become an exception.
        Exit.setExitProcedure((status, message) -> {
            throw new StackStartException("Kafka Connect failed to start: " + (message == null ? "exit status " + status : message));
        });
        long started = System.nanoTime();
        try {
            Connect<StandaloneHerder> connect = new ConnectStandalone().startConnect(worker);
            LOG.info("Kafka Connect worker ready at http://{}:{} in {} ms", Ports.LOOPBACK, port, (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedConnectWorker(connect, port);
        } finally {
            Exit.resetExitProcedure();
        }
    }

    /** Creates or replaces a connector and waits until the worker has accepted it. */
    public void deploy(String name, Map<String, String> config) {
        Map<String, String> full = new LinkedHashMap<>(config);
        full.put("name", name);
        FutureCallback<Herder.Created<ConnectorInfo>> done = new FutureCallback<>();
        connect.herder().putConnectorConfig(name, full, true, done);
        await(done, "deploying connector " + name);
        LOG.info("Connector {} deployed", name);
    }

    /** Stops and removes a connector; its committed offsets stay, so deploying it again resumes. */
    public void remove(String name) {
        FutureCallback<Herder.Created<ConnectorInfo>> done = new FutureCallback<>();
        connect.herder().deleteConnectorConfig(name, done);
        await(done, "removing connector " + name);
    }

    public Collection<String> connectors() {
        return connect.herder().connectors();
    }

    public String connectorState(String name) {
        return connect.herder().connectorStatus(name).connector().state();
    }

    /** The state of each task of the connector (RUNNING, FAILED, …), by task id. */
    public List<String> taskStates(String name) {
        return connect.herder().connectorStatus(name).tasks().stream()
                .sorted(java.util.Comparator.comparingInt(task -> task.id()))
                .map(task -> task.state()).toList();
    }

    public int restPort() {
        return restPort;
    }

    private static <T> T await(FutureCallback<T> callback, String what) {
        try {
            return callback.get(DEPLOY_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while " + what, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka Connect refused " + what + ": " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka Connect did not finish " + what + " within " + DEPLOY_TIMEOUT_SECONDS + " s", e);
        }
    }

    /**
     * Stops every connector first, waiting until its tasks have stopped and committed their offsets,
     * then the worker. Stopping the worker alone returns while busy tasks still write, and the broker
     * would then go away under them, leaving offsets uncommitted and records to be read again.
     */
    @Override
    public synchronized void close() {
        if (running) {
            running = false;
            for (String name : List.copyOf(connectors())) {
                try {
                    remove(name);
                } catch (IllegalStateException e) {
                    LOG.warn("Stopping connector {} failed: {}", name, e.getMessage());
                }
            }
            connect.stop();
            connect.awaitStop();
            LOG.info("Kafka Connect worker at http://{}:{} stopped", Ports.LOOPBACK, restPort);
        }
    }
}
