package vn.thanhhoa.cds.streams.serde;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import vn.thanhhoa.cds.streams.measures.Observation;

/** Observations on the engine's internal topic, in a small fixed layout (a version byte first). */
public final class ObservationSerde implements Serde<Observation> {

    private static final byte VERSION = 1;

    @Override
    public Serializer<Observation> serializer() {
        return (topic, o) -> {
            if (o == null) {
                return null;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(96);
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeByte(VERSION);
                out.writeUTF(o.commune());
                out.writeUTF(o.measure());
                out.writeUTF(o.period());
                out.writeUTF(o.slot());
                out.writeDouble(o.delta());
                out.writeBoolean(o.approximate());
                out.writeLong(o.eventTime());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        };
    }

    @Override
    public Deserializer<Observation> deserializer() {
        return (topic, data) -> {
            if (data == null) {
                return null;
            }
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
                byte version = in.readByte();
                if (version != VERSION) {
                    throw new IllegalStateException("observation of layout " + version + " on " + topic + "; this engine reads layout " + VERSION);
                }
                return new Observation(in.readUTF(), in.readUTF(), in.readUTF(), in.readUTF(), in.readDouble(), in.readBoolean(), in.readLong());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
