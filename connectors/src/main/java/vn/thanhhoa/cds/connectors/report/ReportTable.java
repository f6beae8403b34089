package vn.thanhhoa.cds.connectors.report;

import java.util.List;

/**
 * A report file as a grid of cell texts, whatever its format. Row numbers are those a person sees
 * in a spreadsheet program (1-based), so a rejection can point at them. Cells of a merged region
 * all carry the region's value, so a two-level header can be read column by column.
 */
public record ReportTable(String file, List<List<String>> rows) {

    public ReportTable {
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** The cell's text, stripped, or "" when the row is shorter. */
    public String cell(int rowIndex, int column) {
        List<String> row = rows.get(rowIndex);
        return column < row.size() && row.get(column) != null ? row.get(column).strip() : "";
    }

    public int width() {
        return rows.stream().mapToInt(List::size).max().orElse(0);
    }

    /**
     * Thrown when the file cannot be read as a report at all; the file is quarantined with this
     * reason. Where the officer sending it can act on it, it also says so in Vietnamese for the
     * upload page.
     */
    public static final class UnreadableReport extends Exception {

        private final String vietnamese;

        public UnreadableReport(String reason) {
            this(reason, null);
        }

        public UnreadableReport(String reason, String vietnamese) {
            super(reason, null, false, false);
            this.vietnamese = vietnamese;
        }

        /** One Vietnamese sentence for the officer, or null where there is only the English reason. */
        public String vietnamese() {
            return vietnamese;
        }
    }
}
