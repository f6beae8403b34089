package vn.thanhhoa.cds.schemas.serde;

import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes generated Avro records in the wire format of {@link ConfluentWireFormat}: magic byte 0, the
 * schema's 4-byte content id, the Avro body. The registry's own serde resolves (and registers) the id
 * for the first record of each schema on each topic; later records reuse it and are written by
 * Avro's writer directly. Apicurio's serde works out the schema's references and looks it up in its
 * cache again for every record, which made serialising a dossier cost four times its mapping
 * (connectors' {@code IngestionBenchmark}). One instance per thread: it reuses its buffer and encoder.
 */
public final class WireFormatSerializer implements Serializer<SpecificRecord> {

    private static final byte MAGIC_BYTE = 0;

    private final AvroKafkaSerializer<SpecificRecord> registrySerde = new AvroKafkaSerializer<>();
    private final Map<TopicSchema, SchemaWriter> writers = new HashMap<>();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1024);
    private BinaryEncoder encoder;

    /** @param registryBaseUrl the registry's base URL, e.g. {@code http://127.0.0.1:8081} */
    public WireFormatSerializer(String registryBaseUrl) {
        registrySerde.configure(ConfluentWireFormat.serdeConfig(registryBaseUrl, false), false);
    }

    private record TopicSchema(String topic, Schema schema) {
    }

    private record SchemaWriter(int id, SpecificDatumWriter<SpecificRecord> writer) {
    }

    @Override
    public byte[] serialize(String topic, SpecificRecord record) {
        if (record == null) {
            return null;
        }
        TopicSchema key = new TopicSchema(topic, record.getSchema());
        SchemaWriter known = writers.get(key);
        if (known == null) {
            // The first record of this schema goes through the registry's serde, which registers the
            // schema if needed; its bytes are the reference the later ones must match.
            byte[] first = registrySerde.serialize(topic, record);
            if (first.length < 5 || first[0] != MAGIC_BYTE) {
                throw new IllegalStateException("the registry serde did not write Confluent's wire format for " + topic);
            }
            writers.put(key, new SchemaWriter(ByteBuffer.wrap(first, 1, 4).getInt(), new SpecificDatumWriter<>(record.getSchema())));
            return first;
        }
        buffer.reset();
        buffer.write(MAGIC_BYTE);
        buffer.writeBytes(ByteBuffer.allocate(4).putInt(known.id()).array());
        try {
            encoder = EncoderFactory.get().directBinaryEncoder(buffer, encoder);
            known.writer().write(record, encoder);
            encoder.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("writing a " + record.getSchema().getFullName() + " for " + topic + " failed", e);
        }
        return buffer.toByteArray();
    }

    @Override
    public void close() {
        registrySerde.close();
    }
}
