package vn.thanhhoa.cds.sink.testbed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import vn.thanhhoa.cds.runtime.EmbeddedStack;
import vn.thanhhoa.cds.runtime.StackConfig;
import vn.thanhhoa.cds.runtime.kafka.TopicProvisioning;
import vn.thanhhoa.cds.schemas.serde.WireFormatSerializer;
import vn.thanhhoa.cds.schemas.topic.TopicSpec;
import vn.thanhhoa.cds.sink.target.InProcessClickHouses;
import vn.thanhhoa.cds.store.ClickHouse;
import vn.thanhhoa.cds.store.embedded.EmbeddedClickHouse;
import vn.thanhhoa.cds.store.migration.Migrations;

/**
 * One embedded stack for every sink test of this JVM (one ClickHouse storage path per process), with
 * what sink tests need around it: the engine registered for {@code in-process:} URLs and a way to
 * take it away and bring it back, migrated databases of their own, topics, records in the project's
 * wire format. Use with {@code @ExtendWith(SinkTestBed.Extension.class)} and a {@code SinkTestBed} parameter.
 */
public final class SinkTestBed implements AutoCloseable {

    /** The name the bed's engine is registered under: {@code clickhouse.url=in-process:sink-test-bed}. */
    public static final String ENGINE_NAME = "sink-test-bed";

    private final Path directory;
    private final EmbeddedStack stack;
    private final WireFormatSerializer serializer;
    private volatile EmbeddedClickHouse reopened;
    private volatile boolean available = true;

    private SinkTestBed(Path directory) {
        this.directory = directory;
        this.stack = EmbeddedStack.start(StackConfig.in(directory.resolve("stack")));
        this.serializer = new WireFormatSerializer(stack.registry().url());
        InProcessClickHouses.register(ENGINE_NAME, () -> available ? clickHouse() : null);
    }

    public EmbeddedStack stack() {
        return stack;
    }

    /** The engine as it is now (the stack's, or the one opened again after {@link #closeClickHouse()}). */
    public ClickHouse clickHouse() {
        return reopened != null ? reopened : stack.clickHouse();
    }

    /** Closes the engine: every statement fails until {@link #reopenClickHouse()}. */
    public void closeClickHouse() {
        available = false;
        clickHouse().close();
    }

    /** Opens the engine again on the same data directory, as a restarted server would be. */
    public void reopenClickHouse() {
        reopened = EmbeddedClickHouse.open(directory.resolve("stack").resolve("clickhouse"));
        available = true;
    }

    /** A fresh database with the store's migrations applied. */
    public String migratedDatabase() {
        String database = "sink_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        new Migrations(clickHouse(), database).apply();
        return database;
    }

    public String topic(String name, int partitions) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.bootstrapServers()))) {
            new TopicProvisioning(admin).ensure(List.of(new TopicSpec(name, partitions, false, "test")));
        }
        return name;
    }

    /** The record's value in the project's wire format (its schema registered under {@code <topic>-value}). */
    public byte[] wireFormat(String topic, SpecificRecord record) {
        synchronized (serializer) {
            return serializer.serialize(topic, record);
        }
    }

    /** Sink records as Connect hands them with ByteArrayConverter: one partition, offsets from {@code firstOffset}. */
    public List<SinkRecord> sinkRecords(String topic, int partition, long firstOffset, List<? extends SpecificRecord> records) {
        List<SinkRecord> sinkRecords = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            sinkRecords.add(new SinkRecord(topic, partition, null, null, null, wireFormat(topic, records.get(i)), firstOffset + i));
        }
        return sinkRecords;
    }

    /** Produces values (already in wire format, or deliberately not) to partition 0 of the topic. */
    public void produce(String topic, List<byte[]> values) {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", stack.bootstrapServers(),
                "linger.ms", 20, "batch.size", 1 << 20), new ByteArraySerializer(), new ByteArraySerializer())) {
            values.forEach(value -> producer.send(new ProducerRecord<>(topic, 0, null, value)));
            producer.flush();
        }
    }

    public long count(String sql) {
        return clickHouse().query(sql).getFirst().longValue("c");
    }

    @Override
    public void close() throws IOException {
        InProcessClickHouses.unregister(ENGINE_NAME);
        serializer.close();
        stack.close();
        if (reopened != null) {
            reopened.close();
        }
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /** Gives tests the JVM's one sink test bed, started on first use and closed when all tests are done. */
    public static final class Extension implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == SinkTestBed.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            ExtensionContext.Store store = context.getRoot().getStore(ExtensionContext.Namespace.create(SinkTestBed.class));
            return store.getOrComputeIfAbsent("bed", key -> {
                try {
                    return new SinkTestBed(Files.createTempDirectory("sink-test-bed"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, SinkTestBed.class);
        }
    }
}
