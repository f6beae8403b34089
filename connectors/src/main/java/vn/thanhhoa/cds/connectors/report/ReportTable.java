package vn.thanhhoa.cds.connectors.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A report file as a grid of cell texts, whatever its format. Row numbers are those a person sees
 * in a spreadsheet program (1-based), so a rejection can point at them. Cells of a merged region
 * all carry the region's value, so a two-level header can be read column by column.
 *
 * @param typedNumbers cells a workbook holds as numbers (not text), by {@link #at(int, int)}: their value
 *                     is the number itself, never a reading of its text ("1.201" typed as a number is
 *                     1.201, whatever a Vietnamese reading of the text would make of it)
 * @param delimited    whether the rows come from a delimited text file (CSV), where a stray or missing
 *                     separator shifts every cell after it
 */
public record ReportTable(String file, List<List<String>> rows, Map<Long, BigDecimal> typedNumbers, boolean delimited) {

    public ReportTable {
        rows = rows.stream().map(List::copyOf).toList();
        typedNumbers = Map.copyOf(typedNumbers);
    }

    /** A table of text cells only, as from a CSV file. */
    public ReportTable(String file, List<List<String>> rows) {
        this(file, rows, Map.of(), true);
    }

    /** The position key of a cell in {@link #typedNumbers()}. */
    public static long at(int rowIndex, int column) {
        return ((long) rowIndex << 20) | column;
    }

    /** The number a workbook cell holds as a number, or empty for a text cell. */
    public Optional<BigDecimal> typedNumber(int rowIndex, int column) {
        return Optional.ofNullable(typedNumbers.get(at(rowIndex, column)));
    }

    /** How many cells the row has as written (a CSV row's separators + 1). */
    public int cellCount(int rowIndex) {
        return rows.get(rowIndex).size();
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
