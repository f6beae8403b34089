package vn.thanhhoa.cds.connectors.report;

import java.util.ArrayList;
import java.util.List;
import vn.thanhhoa.cds.connectors.report.ReportTable.UnreadableReport;

/**
 * Whether every data row of a CSV report has its cells under the header's columns. In a delimited
 * file one separator too many or too few (an unquoted comma in "Xã Thọ Phú, huyện Triệu Sơn", a
 * stray ';', a value left out with its separator) shifts every value after it into the next column,
 * where it would be read as another measure without a word. Such a file is refused whole, naming
 * the row, both counts and the likely cause: a file half read is worse than a file sent again.
 *
 * <p>Generous where nothing can shift: empty cells after the last header column (spreadsheets pad
 * rows with separators), blank rows, rows of text only (titles, footers, signatures), a totals row and
 * a numbering row "(1) (2) …".
 */
final class ColumnAlignment {

    private static final int LISTED_ROWS = 5;

    private ColumnAlignment() {
    }

    static void check(ReportTable table, int headerRow, int headerRows, int firstDataRow) throws UnreadableReport {
        if (!table.delimited()) {
            return; // a workbook's cells sit in their columns: nothing can shift
        }
        int width = 0;
        for (int r = headerRow; r < headerRow + headerRows; r++) {
            width = Math.max(width, lastFilled(table, r) + 1);
        }
        List<Integer> misaligned = new ArrayList<>();
        int firstCount = 0;
        int firstRow = -1;
        for (int r = firstDataRow; r < table.rows().size(); r++) {
            if (!holdsData(table, r)) {
                continue;
            }
            int count = table.cellCount(r);
            boolean aligned = count >= width && lastFilled(table, r) < width;
            if (!aligned) {
                if (firstRow < 0) {
                    firstRow = r;
                    firstCount = lastFilled(table, r) >= width ? lastFilled(table, r) + 1 : count;
                }
                misaligned.add(r + 1);
            }
        }
        if (firstRow < 0) {
            return;
        }
        Cause cause = cause(table, headerRow, firstRow, firstCount > width);
        String rows = misaligned.size() == 1 ? "" : "; " + misaligned.size() + " rows in all are misaligned ("
                + String.join(", ", misaligned.stream().limit(LISTED_ROWS).map(String::valueOf).toList()) + (misaligned.size() > LISTED_ROWS ? ", …" : "") + ")";
        String rowsVi = misaligned.size() == 1 ? "" : "; có " + misaligned.size() + " dòng bị lệch như vậy ("
                + String.join(", ", misaligned.stream().limit(LISTED_ROWS).map(String::valueOf).toList()) + (misaligned.size() > LISTED_ROWS ? ", …" : "") + ")";
        throw new UnreadableReport("row " + (firstRow + 1) + " has " + firstCount + " cells but the header (row " + (headerRow + 1) + ") has " + width
                + ", so its values would be read from the wrong columns: likely " + cause.english() + rows + "; no value of the file is read",
                "Dòng " + (firstRow + 1) + " có " + firstCount + " ô nhưng dòng tiêu đề (dòng " + (headerRow + 1) + ") có " + width
                        + " ô, nên số liệu sẽ bị đọc lệch cột: có thể do " + cause.vietnamese() + rowsVi
                        + ". Chưa số liệu nào của tệp được đọc; hãy sửa rồi gửi lại.");
    }

    private record Cause(String english, String vietnamese) {
    }

    private static Cause cause(ReportTable table, int headerRow, int row, boolean more) {
        if (more) {
            String split = splitText(table, row);
            if (split != null) {
                return new Cause("an unquoted comma inside \u201c" + split + "\u201d (put text with commas in quotes, or save the sheet from Excel as CSV UTF-8)",
                        "dấu phẩy trong \u201c" + split + "\u201d không nằm trong ngoặc kép (hãy đặt chữ có dấu phẩy trong ngoặc kép, hoặc lưu lại từ Excel dạng CSV UTF-8)");
            }
            return new Cause("a stray separator between two cells (one ';' or ',' too many)",
                    "thừa một dấu phân cách (';' hoặc ',') giữa hai ô");
        }
        String headerSplit = splitText(table, headerRow);
        if (headerSplit != null) {
            return new Cause("an unquoted comma inside the header \u201c" + headerSplit + "\u201d, which makes it two columns (put it in quotes)",
                    "dấu phẩy trong tiêu đề \u201c" + headerSplit + "\u201d không nằm trong ngoặc kép nên bị tách thành hai cột (hãy đặt trong ngoặc kép)");
        }
        return new Cause("a missing cell (a value left out together with its separator)",
                "thiếu một ô (một số liệu bị bỏ cùng với dấu phân cách của nó)");
    }

    /** Two neighbouring text cells where the second starts with a space: one text cut at a comma. */
    private static String splitText(ReportTable table, int row) {
        List<String> cells = table.rows().get(row);
        for (int c = 1; c < cells.size(); c++) {
            String before = cells.get(c - 1);
            String after = cells.get(c);
            if (after != null && before != null && after.startsWith(" ") && !after.isBlank() && isText(before) && isText(after)) {
                return before.strip() + ", " + after.strip();
            }
        }
        return null;
    }

    private static boolean isText(String cell) {
        return !cell.isBlank() && VietnameseNumber.written(cell).isEmpty();
    }

    private static int lastFilled(ReportTable table, int row) {
        List<String> cells = table.rows().get(row);
        for (int c = cells.size() - 1; c >= 0; c--) {
            if (cells.get(c) != null && !cells.get(c).isBlank()) {
                return c;
            }
        }
        return -1;
    }

    /** A row whose cells would be read: it holds a number somewhere and is no totals or numbering row. */
    private static boolean holdsData(ReportTable table, int row) {
        List<String> cells = table.rows().get(row);
        String text = String.join(" ", cells).strip();
        if (text.isEmpty() || ReportRowMapping.isTotals(text)) {
            return false;
        }
        boolean number = false;
        boolean numbering = true;
        for (String cell : cells) {
            String value = cell == null ? "" : cell.strip();
            if (!value.isEmpty() && VietnameseNumber.written(value).isPresent()) {
                number = true;
            }
            if (!value.isEmpty() && !value.matches("\\(\\d+\\)")) {
                numbering = false;
            }
        }
        return number && !numbering;
    }
}
