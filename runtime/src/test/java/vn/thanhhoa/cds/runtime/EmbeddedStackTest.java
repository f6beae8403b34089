package vn.thanhhoa.cds.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.runtime.network.Ports;
import vn.thanhhoa.cds.schemas.serde.ConfluentWireFormat;
import vn.thanhhoa.cds.store.Row;

/**
 * The whole embedded stack, end to end: an Avro record written with the project's serde settings
 * is read back by our consumer and, from its raw bytes, by ClickHouse's own AvroConfluent format,
 * which is a Confluent wire-format reader that is not ours. The last test stops the stack and checks
 * that nothing of it is left running.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedStackTest {

    private static final String TOPIC = "smoke.commune-observation";
    private static final Schema SCHEMA = new Schema.Parser().parse("""
            {"type": "record", "name": "CommuneObservation", "namespace": "vn.thanhhoa.cds.smoke",
             "fields": [
               {"name": "commune_code", "type": "string"},
               {"name": "commune_name", "type": "string"},
               {"name": "value", "type": "double"}
             ]}""");
    private static final List<String[]> COMMUNES = List.of(
            new String[] {"15763", "Xã Thọ Phú"},
            new String[] {"15889", "Xã Hoằng Phú"},
            new String[] {"15442", "Xã Yên Ninh"},
            new String[] {"14758", "Phường Hàm Rồng"});

    @TempDir
    static Path directory;

    private static EmbeddedStack stack;
    private static final List<byte[]> rawValues = new ArrayList<>();

    @BeforeAll
    static void startStack() throws Exception {
        stack = EmbeddedStack.start(StackConfig.in(directory.resolve("stack")));
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
        }
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void anAvroRecordRoundTripsThroughBrokerAndRegistry() {
        Map<String, Object> producerConfig = new HashMap<>(ConfluentWireFormat.serdeConfig(stack.registry().url(), false));
        producerConfig.put("bootstrap.servers", stack.bootstrapServers());
        producerConfig.put("acks", "all");
        producerConfig.put("key.serializer", StringSerializer.class.getName());
        producerConfig.put("value.serializer", AvroKafkaSerializer.class.getName());
        try (KafkaProducer<String, GenericRecord> producer = new KafkaProducer<>(producerConfig)) {
            for (int i = 0; i < COMMUNES.size(); i++) {
                GenericRecord record = new GenericData.Record(SCHEMA);
                record.put("commune_code", COMMUNES.get(i)[0]);
                record.put("commune_name", COMMUNES.get(i)[1]);
                record.put("value", 70.0 + i);
                producer.send(new ProducerRecord<>(TOPIC, COMMUNES.get(i)[0], record));
            }
            producer.flush();
        }

        Map<String, Object> consumerConfig = new HashMap<>(ConfluentWireFormat.serdeConfig(stack.registry().url(), false));
        consumerConfig.put("bootstrap.servers", stack.bootstrapServers());
        consumerConfig.put("group.id", "smoke-avro");
        consumerConfig.put("auto.offset.reset", "earliest");
        List<GenericRecord> read = new ArrayList<>();
        consumerConfig.put("key.deserializer", StringDeserializer.class.getName());
        consumerConfig.put("value.deserializer", AvroKafkaDeserializer.class.getName());
        try (KafkaConsumer<String, GenericRecord> consumer = new KafkaConsumer<>(consumerConfig)) {
            consumer.subscribe(List.of(TOPIC));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (read.size() < COMMUNES.size() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> read.add(record.value()));
            }
        }
        assertThat(read).hasSize(COMMUNES.size());
        for (int i = 0; i < COMMUNES.size(); i++) {
            assertThat(read.get(i).get("commune_code").toString()).isEqualTo(COMMUNES.get(i)[0]);
            assertThat(read.get(i).get("commune_name").toString()).isEqualTo(COMMUNES.get(i)[1]);
            assertThat((Double) read.get(i).get("value")).isEqualTo(70.0 + i);
        }
    }

    @Test
    @Order(2)
    void theRawBytesAreConfluentWireFormatThatClickHouseDecodes() throws Exception {
        Properties consumerConfig = new Properties();
        consumerConfig.put("bootstrap.servers", stack.bootstrapServers());
        consumerConfig.put("group.id", "smoke-raw");
        consumerConfig.put("auto.offset.reset", "earliest");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (rawValues.size() < COMMUNES.size() && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    rawValues.add(record.value());
                }
            }
        }
        assertThat(rawValues).hasSize(COMMUNES.size());
        // Confluent framing: magic byte 0, then a 4-byte big-endian schema id, then the Avro body.
        for (byte[] value : rawValues) {
            assertThat(value[0]).isZero();
        }

        Path messages = directory.resolve("messages.avroconfluent");
        try (var out = Files.newOutputStream(messages)) {
            for (byte[] value : rawValues) {
                out.write(value);
            }
        }
        List<Row> rows = stack.clickHouse().query("SELECT commune_code, commune_name, value FROM file('" + messages + "', 'AvroConfluent') "
                + "SETTINGS format_avro_schema_registry_url = '" + stack.registry().confluentCompatibleUrl() + "'");

        assertThat(rows).extracting(row -> row.string("commune_code")).containsExactly("15763", "15889", "15442", "14758");
        assertThat(rows).extracting(row -> row.string("commune_name")).containsExactly("Xã Thọ Phú", "Xã Hoằng Phú", "Xã Yên Ninh", "Phường Hàm Rồng");
        assertThat(rows).extracting(row -> row.doubleValue("value")).containsExactly(70.0, 71.0, 72.0, 73.0);
    }

    @Test
    @Order(3)
    void stoppingTheStackLeavesNoProcessAndNoPort() {
        List<Integer> ports = List.of(stack.broker().port(), stack.broker().controllerPort(), stack.registry().port(), stack.connect().restPort());
        List<Long> registryProcesses = stack.registry().processIds();
        assertThat(ports).allMatch(Ports::isListening);
        assertThat(registryProcesses).hasSizeGreaterThanOrEqualTo(2).allMatch(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));

        stack.close();
        stack = null;

        assertThat(ports).noneMatch(Ports::isListening);
        assertThat(registryProcesses).noneMatch(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
        assertThat(ProcessHandle.current().children().toList()).isEmpty();
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                .noneMatch(name -> name.startsWith("kafka-") || name.contains("raft") || name.startsWith("connect-"));
    }
}
