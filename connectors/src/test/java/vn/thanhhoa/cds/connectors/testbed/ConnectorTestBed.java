package vn.thanhhoa.cds.connectors.testbed;

import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import vn.thanhhoa.cds.connectors.folder.FolderSourceConfig;
import vn.thanhhoa.cds.runtime.EmbeddedStack;
import vn.thanhhoa.cds.runtime.StackConfig;
import vn.thanhhoa.cds.runtime.kafka.TopicContents;
import vn.thanhhoa.cds.runtime.kafka.TopicProvisioning;
import vn.thanhhoa.cds.schemas.serde.ConfluentWireFormat;
import vn.thanhhoa.cds.schemas.topic.TopicSpec;

/**
 * One embedded stack for every connector test of this JVM (the embedded ClickHouse allows one
 * storage path per process, and a stack takes seconds to start), with what connector tests need
 * around it: topics of their own, a pseudonymisation key, an Avro reader, topic contents.
 * Use with {@code @ExtendWith(ConnectorTestBed.Extension.class)} and a {@code ConnectorTestBed} parameter.
 */
public final class ConnectorTestBed implements AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ConnectorTestBed.class);

    private final Path directory;
    private final EmbeddedStack stack;
    private final AvroKafkaDeserializer<SpecificRecord> deserializer = new AvroKafkaDeserializer<>();

    private ConnectorTestBed(Path directory) {
        this.directory = directory;
        this.stack = EmbeddedStack.start(StackConfig.in(directory.resolve("stack")));
        deserializer.configure(ConfluentWireFormat.serdeConfig(stack.registry().url(), true), false);
    }

    public EmbeddedStack stack() {
        return stack;
    }

    /** A fresh folder under the bed's directory. */
    public Path folder(String name) {
        try {
            return Files.createDirectories(directory.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A pseudonymisation key file (fixed secret, so runs are repeatable). */
    public Path pseudonymKey() {
        Path key = directory.resolve("pseudonym.key");
        if (!Files.exists(key)) {
            byte[] secret = new byte[32];
            new Random(1).nextBytes(secret);
            try {
                Files.writeString(key, "test1:" + Base64.getEncoder().encodeToString(secret));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return key;
    }

    /** Creates a record topic, a dead-letter topic and a data-quality findings topic named after the test. */
    public Topics topics(String prefix, String name) {
        TopicSpec raw = new TopicSpec(prefix + "." + name, 3, false, "test");
        TopicSpec dlq = new TopicSpec("dlq.source." + name, 1, false, "test");
        TopicSpec findings = new TopicSpec("dq.finding." + name, 1, false, "test");
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.bootstrapServers()))) {
            new TopicProvisioning(admin).ensure(List.of(raw, dlq, findings));
        }
        return new Topics(raw.name(), dlq.name(), findings.name());
    }

    /** @param findings where a report connector writes its data-quality findings in the test */
    public record Topics(String raw, String dlq, String findings) {
    }

    /**
     * The settings every folder connector test gives: the input folder (quarantine beside it), this
     * bed's registry, the test's topics, a short poll interval. Mutable: tests add their source's keys.
     */
    public Map<String, String> folderSettings(Path input, Topics topics) {
        Map<String, String> settings = new java.util.HashMap<>();
        settings.put(FolderSourceConfig.INPUT_DIR_CONFIG, input.toString());
        settings.put(FolderSourceConfig.QUARANTINE_DIR_CONFIG, input.resolveSibling("quarantine").toString());
        settings.put(FolderSourceConfig.REGISTRY_URL_CONFIG, stack.registry().url());
        settings.put(FolderSourceConfig.TOPIC_CONFIG, topics.raw());
        settings.put(FolderSourceConfig.DLQ_TOPIC_CONFIG, topics.dlq());
        settings.put(FolderSourceConfig.POLL_INTERVAL_CONFIG, "200");
        return settings;
    }

    /** Waits until the topic holds at least {@code count} records (90 s at most). */
    public void awaitRecords(String topic, long count) {
        new TopicContents(stack.bootstrapServers()).readUntil(topic, records -> records.size() >= count, Duration.ofSeconds(90));
    }

    /**
     * Waits until none of the topics has grown for {@code quietFor} (60 s at most), so that a count
     * taken after it also sees a late duplicate: waiting only for "at least N" stops at N and would
     * miss an N+1st record arriving a moment later.
     */
    public void awaitQuiet(Duration quietFor, String... topics) {
        Instant deadline = Instant.now().plusSeconds(60);
        List<Integer> sizes = sizes(topics);
        Instant stableSince = Instant.now();
        while (Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            List<Integer> now = sizes(topics);
            if (!now.equals(sizes)) {
                sizes = now;
                stableSince = Instant.now();
            } else if (Duration.between(stableSince, Instant.now()).compareTo(quietFor) >= 0) {
                return;
            }
        }
        throw new AssertionError("the topics " + java.util.Arrays.toString(topics) + " kept growing for 60 s: " + sizes);
    }

    private List<Integer> sizes(String... topics) {
        List<Integer> sizes = new java.util.ArrayList<>();
        for (String topic : topics) {
            sizes.add(all(topic).size());
        }
        return sizes;
    }

    /**
     * A stop in the middle of a feed: deploys the connector, removes it once {@code stopAfter} records
     * are in, deploys it again and waits until both halves are complete and quiet: {@code expected}
     * records and {@code expectedDeadLetters} dead letters, neither half with a line twice (a stop can
     * lose or repeat a dead letter as easily as a record). Fails if the first run read the whole
     * feed: a connector reads 20,000–50,000 lines a second here, so feeds for this want tens of thousands
     * of lines and a small {@code batch.size}. Returns everything in the record topic.
     */
    public List<ConsumerRecord<byte[], byte[]>> runStoppedMidFeed(String connector, Map<String, String> config, Topics topics,
                                                                 long stopAfter, long expected, long expectedDeadLetters) {
        stack.connect().deploy(connector, config);
        awaitRecords(topics.raw(), stopAfter);
        stack.connect().remove(connector);
        long beforeRestart = all(topics.raw()).size();
        LOG.info("{} stopped after {} of {} records", connector, beforeRestart, expected);
        if (beforeRestart >= expected) {
            throw new AssertionError(connector + " read the whole feed (" + beforeRestart + " of " + expected + " records) before it was stopped");
        }
        stack.connect().deploy(connector, config);
        awaitComplete(topics, expected, expectedDeadLetters);
        stack.connect().remove(connector);
        List<ConsumerRecord<byte[], byte[]>> records = all(topics.raw());
        if (records.size() != expected) {
            throw new AssertionError(connector + ": " + records.size() + " records after the restart, not " + expected);
        }
        assertEachDeadLetterOnce(connector, topics.dlq(), expectedDeadLetters);
        return records;
    }

    /**
     * Waits for at least {@code records} and {@code deadLetters}, then until neither topic grows for a
     * second: a count taken after it also sees a late duplicate.
     */
    public void awaitComplete(Topics topics, long records, long deadLetters) {
        awaitRecords(topics.raw(), records);
        awaitRecords(topics.dlq(), deadLetters);
        awaitQuiet(Duration.ofSeconds(1), topics.raw(), topics.dlq());
    }

    /** Exactly {@code expected} dead letters, none for the same file, line and field twice. */
    public void assertEachDeadLetterOnce(String connector, String dlqTopic, long expected) {
        List<ConsumerRecord<byte[], byte[]>> letters = all(dlqTopic);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (ConsumerRecord<byte[], byte[]> record : letters) {
            vn.thanhhoa.cds.schemas.raw.SourceDeadLetter letter = decode(dlqTopic, record.value());
            String where = letter.getFile() + ":" + letter.getLine() + ":" + letter.getField();
            if (!seen.add(where)) {
                throw new AssertionError(connector + ": the dead letter of " + where + " twice");
            }
        }
        if (letters.size() != expected) {
            throw new AssertionError(connector + ": " + letters.size() + " dead letters, not " + expected);
        }
    }

    /**
     * The dead letters in {@code dlqTopic} counted by fault: each reason is named by the first of the
     * {@code fragmentThenFault} pairs whose fragment it contains, or stays as it is (so that an
     * unexpected reason shows in the failure).
     */
    public Map<String, Integer> faultsIn(String dlqTopic, String... fragmentThenFault) {
        Map<String, Integer> faults = new java.util.TreeMap<>();
        for (ConsumerRecord<byte[], byte[]> record : all(dlqTopic)) {
            vn.thanhhoa.cds.schemas.raw.SourceDeadLetter letter = decode(dlqTopic, record.value());
            String fault = letter.getReason();
            for (int i = 0; i + 1 < fragmentThenFault.length; i += 2) {
                if (letter.getReason().contains(fragmentThenFault[i])) {
                    fault = fragmentThenFault[i + 1];
                    break;
                }
            }
            faults.merge(fault, 1, Integer::sum);
        }
        return faults;
    }

    /** Everything in the topic now. */
    public List<ConsumerRecord<byte[], byte[]>> all(String topic) {
        return new TopicContents(stack.bootstrapServers()).all(topic);
    }

    /**
     * Every record of every topic on the bed's broker: the connector tests share one broker, so this
     * is all that any test has written so far, raw topics, dead letters and reference data alike.
     */
    public List<ConsumerRecord<byte[], byte[]>> everyTopic() {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.bootstrapServers()))) {
            List<ConsumerRecord<byte[], byte[]>> records = new java.util.ArrayList<>();
            for (String topic : new java.util.TreeSet<>(admin.listTopics().names().get())) {
                records.addAll(all(topic));
            }
            return records;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("listing the topics failed", e.getCause());
        }
    }

    /**
     * The raw identity numbers found in every topic and in every quarantine note ({@code
     * .reason.txt}) under the bed's folders, each with where it was found; empty when clean.
     */
    public List<String> rawIdentifiersAnywhere(java.util.Collection<String> identifiers) {
        List<String> found = new java.util.ArrayList<>(RawIdentifiers.foundIn(identifiers, everyTopic()));
        found.addAll(new RawIdentifiers(identifiers).inFiles(directory, ".reason.txt"));
        return found;
    }

    @SuppressWarnings("unchecked")
    public <T extends SpecificRecord> T decode(String topic, byte[] value) {
        return (T) deserializer.deserialize(topic, value);
    }

    @Override
    public void close() throws IOException {
        deserializer.close();
        stack.close();
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /** Gives tests the JVM's one test bed, started on first use and closed when all tests are done. */
    public static final class Extension implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == ConnectorTestBed.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            ExtensionContext.Store store = context.getRoot().getStore(ExtensionContext.Namespace.create(ConnectorTestBed.class));
            return store.getOrComputeIfAbsent("bed", key -> {
                try {
                    return new ConnectorTestBed(Files.createTempDirectory("connector-test-bed"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, ConnectorTestBed.class);
        }
    }
}
