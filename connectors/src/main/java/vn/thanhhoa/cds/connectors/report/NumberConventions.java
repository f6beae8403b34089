package vn.thanhhoa.cds.connectors.report;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.thanhhoa.cds.connectors.report.ReportTable.UnreadableReport;
import vn.thanhhoa.cds.connectors.report.VietnameseNumber.Convention;
import vn.thanhhoa.cds.connectors.report.VietnameseNumber.Written;

/**
 * The convention each measure column's numbers are written in. Counts of whole things are always
 * read the Vietnamese way ('.' between thousands), and a count that only the other way makes whole
 * is refused cell by cell ({@link ReportCell}). Other columns (percentages, money) follow the
 * Vietnamese convention ("1.234,5") or, consistently, the spreadsheet's ("1234.5"); a column whose
 * numbers mix the two ("12,5" in one row, "7.25" in another) cannot be read without guessing which
 * "1.234" means what, so the file is refused, naming the column and a row of each.
 */
final class NumberConventions {

    private NumberConventions() {
    }

    static Map<Integer, Convention> of(ReportTable table, ReportLayout layout, ReportMeasures measures) throws UnreadableReport {
        Map<Integer, Convention> conventions = new LinkedHashMap<>();
        for (Map.Entry<Integer, String> column : layout.measureColumns().entrySet()) {
            int c = column.getKey();
            if (measures.whole(column.getValue())) {
                conventions.put(c, Convention.VIETNAMESE);
                continue;
            }
            Written vietnamese = null;
            int vietnameseRow = -1;
            Written english = null;
            int englishRow = -1;
            for (int r = layout.firstDataRow(); r < table.rows().size(); r++) {
                if (table.typedNumber(r, c).isPresent()) {
                    continue;
                }
                Written written = VietnameseNumber.written(table.cell(r, c)).orElse(null);
                if (written == null) {
                    continue;
                }
                if (written.convention() == Convention.VIETNAMESE && vietnamese == null) {
                    vietnamese = written;
                    vietnameseRow = r + 1;
                } else if (written.convention() == Convention.ENGLISH && english == null) {
                    english = written;
                    englishRow = r + 1;
                }
            }
            String header = layout.columnLabels().get(c);
            if (vietnamese != null && english != null) {
                throw new UnreadableReport("column '" + header + "' mixes number conventions: '" + vietnamese.text() + "' (row " + vietnameseRow
                        + ") is written the Vietnamese way (',' before decimals) and '" + english.text() + "' (row " + englishRow
                        + ") the English way ('.' before decimals), so a number such as 1.234 cannot be read without guessing; "
                        + "write every number of the column one way (1.234,5) and send the file again",
                        "Cột “" + header + "” ghi số theo hai cách khác nhau: “" + vietnamese.text() + "” (dòng " + vietnameseRow
                                + ") dùng dấu phẩy trước phần thập phân, còn “" + english.text() + "” (dòng " + englishRow
                                + ") dùng dấu chấm, nên không thể biết 1.234 là bao nhiêu. Hãy ghi mọi số của cột theo một cách (ví dụ 1.234,5) rồi gửi lại.");
            }
            conventions.put(c, english != null ? Convention.ENGLISH : Convention.VIETNAMESE);
        }
        return conventions;
    }
}
