package vn.thanhhoa.cds.connectors.tthc;

import java.util.Map;
import java.util.TreeMap;

/**
 * The change feed's offset: the last sequence number ({@code SoThuTu}) handed to Kafka, with a
 * protocol number. An offset of a newer protocol than this connector's is refused rather than read
 * as a cursor it may not be.
 */
final class FeedCursor {

    static final String CURSOR_KEY = "cursor";
    static final String PROTOCOL_KEY = "protocol";
    static final long PROTOCOL = 1L;

    private FeedCursor() {
    }

    /** Sorted: Connect keys offsets by their JSON text. */
    static Map<String, Long> offset(long sequence) {
        return new TreeMap<>(Map.of(CURSOR_KEY, sequence, PROTOCOL_KEY, PROTOCOL));
    }

    /** The stored cursor; 0 (the feed's start) when none is stored. */
    static long from(Map<String, Object> stored) {
        if (stored == null || !(stored.get(CURSOR_KEY) instanceof Number cursor)) {
            return 0;
        }
        if (stored.get(PROTOCOL_KEY) instanceof Number protocol && protocol.longValue() > PROTOCOL) {
            throw new IllegalStateException("the change feed's offset was written by a newer connector (protocol " + protocol + ", this one reads " + PROTOCOL + ")");
        }
        return cursor.longValue();
    }
}
