package vn.thanhhoa.cds.connectors.report;

import java.util.Map;
import java.util.TreeMap;

/**
 * How far a task got in one report: the last row and, within it, the last measure column handed to
 * Kafka. A row gives several records, so the column is part of the offset, or a restart between two
 * records of one row would lose the second. Sorted maps: Connect keys offsets by their JSON text.
 */
public record ReportOffset(String source, String file, int row, int cell) {

    static final long PROTOCOL = 1L;

    public Map<String, String> partition() {
        return partition(source, file);
    }

    public static Map<String, String> partition(String source, String file) {
        return new TreeMap<>(Map.of("source", source, "file", file));
    }

    public Map<String, Long> offset() {
        return new TreeMap<>(Map.of("row", (long) row, "cell", (long) cell, "protocol", PROTOCOL));
    }

    /** Whether (row, cell) was already handed to Kafka by an earlier run. */
    public boolean covers(int otherRow, int otherCell) {
        return otherRow < row || (otherRow == row && otherCell <= cell);
    }

    public static ReportOffset from(String source, String file, Map<String, Object> stored) {
        if (stored == null || !(stored.get("row") instanceof Number row) || !(stored.get("cell") instanceof Number cell)) {
            return new ReportOffset(source, file, -1, -1);
        }
        return new ReportOffset(source, file, row.intValue(), cell.intValue());
    }
}
