package vn.thanhhoa.cds.connectors.report;

import java.util.Map;
import java.util.TreeMap;

/**
 * How far a task got in one report: the last row and, within it, the last measure column handed to
 * Kafka. A row gives several records, so the column is part of the offset, or a restart between two
 * records of one row would lose the second. A row's findings come after its values, at positions from
 * {@link ReportPlausibility#FINDING_CELL_BASE} on, beyond any column. Sorted maps: Connect keys offsets by their JSON text.
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

    /**
     * Reads a stored offset; none stored means nothing of the file was handed on yet. An offset of a
     * newer protocol than this connector's is refused: its shape may mean something this version
     * would misread, and a guess could skip or repeat values.
     */
    public static ReportOffset from(String source, String file, Map<String, Object> stored) {
        if (stored == null || !(stored.get("row") instanceof Number row) || !(stored.get("cell") instanceof Number cell)) {
            return new ReportOffset(source, file, -1, -1);
        }
        if (stored.get("protocol") instanceof Number protocol && protocol.longValue() > PROTOCOL) {
            throw new IllegalStateException("the offset of " + file + " was written by a newer connector (protocol " + protocol + ", this one reads "
                    + PROTOCOL + ")");
        }
        return new ReportOffset(source, file, row.intValue(), cell.intValue());
    }
}
