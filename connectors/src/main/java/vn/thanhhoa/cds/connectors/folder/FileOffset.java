package vn.thanhhoa.cds.connectors.folder;

import java.util.Map;
import java.util.TreeMap;

/**
 * How far a task got in one input file. Source partition = the file ({@code {source, file}});
 * source offset = the last line handed to Kafka ({@code {line, protocol}}). The protocol number
 * lets a later version change the offset's shape and still read old offsets.
 */
public record FileOffset(String source, String file, long line) {

    static final String SOURCE_KEY = "source";
    static final String FILE_KEY = "file";
    static final String LINE_KEY = "line";
    static final String PROTOCOL_KEY = "protocol";
    static final long PROTOCOL = 1L;

    public Map<String, String> partition() {
        return partition(source, file);
    }

    /**
     * Sorted maps on purpose: Connect stores offsets under the JSON of the partition map, written
     * in the map's iteration order, and {@code Map.of} orders keys differently in each JVM run; a
     * restarted worker would then look under another key and read every file again.
     */
    public static Map<String, String> partition(String source, String file) {
        return new TreeMap<>(Map.of(SOURCE_KEY, source, FILE_KEY, file));
    }

    public Map<String, Long> offset() {
        return new TreeMap<>(Map.of(LINE_KEY, line, PROTOCOL_KEY, PROTOCOL));
    }

    /** Reads a stored offset; none stored means nothing of the file was read yet. */
    public static FileOffset from(String source, String file, Map<String, Object> stored) {
        if (stored == null || !(stored.get(LINE_KEY) instanceof Number line)) {
            return new FileOffset(source, file, 0);
        }
        Object protocol = stored.get(PROTOCOL_KEY);
        if (protocol instanceof Number number && number.longValue() > PROTOCOL) {
            throw new IllegalStateException("Offset of " + file + " was written by a newer connector (protocol " + number + ")");
        }
        return new FileOffset(source, file, line.longValue());
    }
}
