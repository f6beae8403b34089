package vn.thanhhoa.cds.connectors.testbed;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Scans stored records, keys and values as bytes, for raw identity numbers that must never be there. */
public final class RawIdentifiers {

    private RawIdentifiers() {
    }

    /** The identifiers found, with the topic and offset where each was found; empty when clean. */
    @SafeVarargs
    public static List<String> foundIn(Collection<String> identifiers, List<ConsumerRecord<byte[], byte[]>>... topics) {
        List<String> found = new ArrayList<>();
        for (List<ConsumerRecord<byte[], byte[]>> records : topics) {
            for (ConsumerRecord<byte[], byte[]> record : records) {
                String bytes = text(record.key()) + "\u0000" + text(record.value());
                for (String identifier : identifiers) {
                    if (bytes.contains(identifier)) {
                        found.add(identifier + " in " + record.topic() + "@" + record.offset());
                    }
                }
            }
        }
        return found;
    }

    private static String text(byte[] bytes) {
        return bytes == null ? "" : new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
