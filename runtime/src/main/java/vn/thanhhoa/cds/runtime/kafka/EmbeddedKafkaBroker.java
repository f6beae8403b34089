package vn.thanhhoa.cds.runtime.kafka;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.apache.kafka.server.common.TransactionVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thanhhoa.cds.runtime.network.Ports;
import vn.thanhhoa.cds.runtime.network.StackStartException;

/**
 * A real Kafka broker running in this JVM: one node in KRaft combined mode (broker and controller),
 * listening on 127.0.0.1. Its log directory is formatted on first use and kept, so a broker started
 * again on the same directory resumes with its topics and offsets.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";

    private final KafkaRaftServer server;
    private final int port;
    private final int controllerPort;
    private final Path logDirectory;
    private boolean running;

    private EmbeddedKafkaBroker(KafkaRaftServer server, int port, int controllerPort, Path logDirectory) {
        this.server = server;
        this.port = port;
        this.controllerPort = controllerPort;
        this.logDirectory = logDirectory;
    }

    /**
     * Starts a broker.
     *
     * @param logDirectory   where partitions live; formatted when it holds no {@code meta.properties}
     * @param port           client port, 0 for a free one
     * @param controllerPort KRaft controller port, 0 for a free one
     */
    public static EmbeddedKafkaBroker start(Path logDirectory, int port, int controllerPort) {
        int clientPort = Ports.claim(port, "kafka.port");
        int quorumPort = Ports.claim(controllerPort, "kafka.controller.port");
        Path directory = logDirectory.toAbsolutePath();
        Properties props = brokerProperties(directory, clientPort, quorumPort);
        KafkaConfig config = new KafkaConfig(props, false);
        formatIfNew(directory);
        long started = System.nanoTime();
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        try {
            server.startup();
        } catch (RuntimeException e) {
            server.shutdown();
            throw new StackStartException("The Kafka broker did not start on " + Ports.LOOPBACK + ":" + clientPort + " with data in " + directory + ": " + e.getMessage(), e);
        }
        LOG.info("Kafka broker ready at {}:{} in {} ms (data in {})", Ports.LOOPBACK, clientPort, (System.nanoTime() - started) / 1_000_000, directory);
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(server, clientPort, quorumPort, directory);
        broker.running = true;
        return broker;
    }

    private static Properties brokerProperties(Path directory, int clientPort, int quorumPort) {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(NODE_ID));
        props.put("controller.quorum.voters", NODE_ID + "@" + Ports.LOOPBACK + ":" + quorumPort);
        props.put("listeners", "PLAINTEXT://" + Ports.LOOPBACK + ":" + clientPort + "," + CONTROLLER_LISTENER + "://" + Ports.LOOPBACK + ":" + quorumPort);
        props.put("advertised.listeners", "PLAINTEXT://" + Ports.LOOPBACK + ":" + clientPort);
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", directory.toString());
        // A single node: every internal topic must fit on it.
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "4");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "4");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("default.replication.factor", "1");
        props.put("min.insync.replicas", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("auto.create.topics.enable", "false");
        props.put("num.partitions", "1");
        return props;
    }

    /** What {@code kafka-storage.sh format} does; skipped on a kept directory, whose cluster id must not change. */
    private static void formatIfNew(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (java.io.IOException e) {
            throw new StackStartException("The Kafka data directory " + directory + " cannot be created: " + e.getMessage(), e);
        }
        if (!Files.isReadable(directory) || !Files.isWritable(directory)) {
            throw new StackStartException("The Kafka data directory " + directory + " is not readable and writable by this user.");
        }
        if (Files.exists(directory.resolve("meta.properties"))) {
            return;
        }
        try {
            new Formatter()
                    .setPrintStream(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()))
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(List.of(directory.toString()))
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setReleaseVersion(MetadataVersion.latestProduction())
                    // Transactions v2 (KIP-890) refuse a non-zero sequence from a producer the partition has
                    // no state for, as a retriable error (KAFKA-18202), and the state goes when Kafka Streams
                    // purges a repartition topic up to its commit: the engine's next record there is retried
                    // until the transaction times out, a stall of minutes on a quiet live feed (KAFKA-19880,
                    // open). Version 1 keeps exactly-once as Kafka Streams needs it, without that check.
                    .setFeatureLevel(TransactionVersion.FEATURE_NAME, TransactionVersion.TV_1.featureLevel())
                    .run();
        } catch (Exception e) {
            throw new StackStartException("Formatting the Kafka data directory " + directory + " failed: " + e.getMessage(), e);
        }
    }

    public String bootstrapServers() {
        return Ports.LOOPBACK + ":" + port;
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    public Path logDirectory() {
        return logDirectory;
    }

    @Override
    public synchronized void close() {
        if (running) {
            running = false;
            server.shutdown();
            server.awaitShutdown();
            LOG.info("Kafka broker at {}:{} stopped", Ports.LOOPBACK, port);
        }
    }
}
