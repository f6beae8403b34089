package vn.thanhhoa.cds.sink.decode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DecoderFactory;
import vn.thanhhoa.cds.sink.table.SinkTables;
import vn.thanhhoa.cds.sink.table.TableBinding;

/**
 * Reads a record value in the project's wire format (magic byte 0, 4-byte schema id, Avro body) into
 * the project's current schema for that record type, with Avro's schema resolution in between, so a
 * record written with an older compatible schema reads the same. The writer schema is fetched once
 * per id; one reader per id is kept. Anything that is not such a value, or a record type no table
 * takes, is an {@link UndecodableValueException} naming what is wrong. One instance per task thread.
 */
public final class WireFormatDecoder {

    private static final byte MAGIC_BYTE = 0;

    private final RegistrySchemas registry;
    private final SinkTables tables;
    private final Map<Integer, Reader> readers = new HashMap<>();
    private BinaryDecoder decoder;

    public WireFormatDecoder(RegistrySchemas registry, SinkTables tables) {
        this.registry = registry;
        this.tables = tables;
    }

    /** A decoded value and the table it belongs to. */
    public record Decoded(TableBinding table, GenericRecord record) {
    }

    private record Reader(TableBinding table, GenericDatumReader<GenericRecord> datumReader) {
    }

    public Decoded decode(Object value) {
        if (value == null) {
            throw new UndecodableValueException("the value is null (a tombstone): there is no row to write");
        }
        if (!(value instanceof byte[] bytes)) {
            throw new UndecodableValueException("the value reached the sink as " + value.getClass().getName()
                    + ", not bytes: set value.converter=org.apache.kafka.connect.converters.ByteArrayConverter");
        }
        if (bytes.length < 5 || bytes[0] != MAGIC_BYTE) {
            throw new UndecodableValueException("the value is not in Confluent's wire format (" + bytes.length + " bytes, first byte "
                    + (bytes.length == 0 ? "none" : bytes[0]) + ", expected 0 and a 4-byte schema id)");
        }
        int id = ByteBuffer.wrap(bytes, 1, 4).getInt();
        Reader reader = readers.get(id);
        if (reader == null) {
            reader = readerFor(id);
            readers.put(id, reader);
        }
        try {
            decoder = DecoderFactory.get().binaryDecoder(bytes, 5, bytes.length - 5, decoder);
            GenericRecord record = reader.datumReader().read(null, decoder);
            if (!decoder.isEnd()) {
                throw new UndecodableValueException("the value has bytes left after its " + reader.table().recordName() + " record (schema id " + id + ")");
            }
            return new Decoded(reader.table(), record);
        } catch (IOException | AvroRuntimeException | IndexOutOfBoundsException e) {
            throw new UndecodableValueException("the Avro body does not decode with schema id " + id + ": " + e, e);
        }
    }

    private Reader readerFor(int id) {
        Schema writer = registry.byId(id);
        TableBinding table = tables.forRecord(writer.getFullName());
        if (table == null) {
            throw new UndecodableValueException("no ClickHouse table takes records of type " + writer.getFullName() + " (schema id " + id + ")");
        }
        return new Reader(table, new GenericDatumReader<>(writer, table.schema()));
    }
}
