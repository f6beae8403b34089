package vn.thanhhoa.cds.streams.serde;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads a pipeline topic's records (Confluent's wire format: byte 0, the writer schema's 4-byte id,
 * the Avro body) into the engine's generated class. Each writer schema is fetched from the registry
 * once, and its reader (from that schema to the class's, Avro's resolution) kept for every later
 * record; the registry's own deserialiser looked the schema up and made a reader for every record,
 * a tenth of the engine's time in a replay. Shared by the stream threads: Avro's readers are.
 */
final class WireFormatDeserializer<T extends SpecificRecord> implements Deserializer<T> {

    private static final byte MAGIC_BYTE = 0;

    private final Class<T> type;
    private final WriterSchemas schemas;
    private final Map<Integer, SpecificDatumReader<T>> readers = new ConcurrentHashMap<>();

    WireFormatDeserializer(Class<T> type, WriterSchemas schemas) {
        this.type = type;
        this.schemas = schemas;
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        if (data.length < 5 || data[0] != MAGIC_BYTE) {
            throw new SerializationException("a record on " + topic + " is not in Confluent's wire format (byte 0, then a 4-byte schema id)");
        }
        int id = (data[1] & 0xff) << 24 | (data[2] & 0xff) << 16 | (data[3] & 0xff) << 8 | data[4] & 0xff;
        SpecificDatumReader<T> reader = readers.computeIfAbsent(id, this::readerFor);
        try {
            return reader.read(null, DecoderFactory.get().binaryDecoder(data, 5, data.length - 5, null));
        } catch (IOException | AvroRuntimeException | IndexOutOfBoundsException e) {
            throw new SerializationException("a record on " + topic + " written with schema " + id + " cannot be read as " + type.getSimpleName() + ": " + e, e);
        }
    }

    private SpecificDatumReader<T> readerFor(int id) {
        SpecificDatumReader<T> reader = new SpecificDatumReader<>(type);
        reader.setSchema(schemas.byId(id));
        return reader;
    }
}
