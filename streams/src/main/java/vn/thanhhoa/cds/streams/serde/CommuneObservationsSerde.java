package vn.thanhhoa.cds.streams.serde;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import vn.thanhhoa.cds.streams.measures.CommuneObservations;
import vn.thanhhoa.cds.streams.measures.Observation;

/**
 * A commune's observations on the engine's internal topic, in a small fixed layout (a version byte
 * first). Layout 1, one observation per record, is what engines before the grouping wrote: it is
 * still read, so that an upgrade finds the records its predecessor left on the topic.
 */
public final class CommuneObservationsSerde implements Serde<CommuneObservations> {

    private static final byte SINGLE = 1;
    private static final byte GROUPED = 2;

    @Override
    public Serializer<CommuneObservations> serializer() {
        return (topic, group) -> {
            if (group == null) {
                return null;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 + 48 * group.observations().size());
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeByte(GROUPED);
                out.writeUTF(group.commune());
                out.writeInt(group.observations().size());
                for (Observation o : group.observations()) {
                    out.writeUTF(o.measure());
                    out.writeUTF(o.period());
                    out.writeUTF(o.slot());
                    out.writeDouble(o.delta());
                    out.writeBoolean(o.approximate());
                    out.writeLong(o.eventTime());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        };
    }

    @Override
    public Deserializer<CommuneObservations> deserializer() {
        return (topic, data) -> {
            if (data == null) {
                return null;
            }
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
                byte version = in.readByte();
                if (version == SINGLE) {
                    Observation o = new Observation(in.readUTF(), in.readUTF(), in.readUTF(), in.readUTF(), in.readDouble(), in.readBoolean(), in.readLong());
                    return new CommuneObservations(o.commune(), List.of(o));
                }
                if (version != GROUPED) {
                    throw new IllegalStateException("observations of layout " + version + " on " + topic + "; this engine reads layouts 1 and 2");
                }
                String commune = in.readUTF();
                int count = in.readInt();
                List<Observation> observations = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    observations.add(new Observation(commune, in.readUTF(), in.readUTF(), in.readUTF(), in.readDouble(), in.readBoolean(), in.readLong()));
                }
                return new CommuneObservations(commune, observations);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
