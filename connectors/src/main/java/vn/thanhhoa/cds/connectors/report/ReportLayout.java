package vn.thanhhoa.cds.connectors.report;

import java.text.Normalizer;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thanhhoa.cds.connectors.report.ReportTable.UnreadableReport;

/**
 * Where things are in a report as officers lay it out: a title with the period ("Tháng 10/2026",
 * "tháng 10 năm 2026"), a header row with a "Mã xã" column, possibly a second header row under
 * merged cells, then one row per commune, perhaps a numbering row and a totals row.
 */
public record ReportLayout(YearMonth period, String reporter, int communeColumn, int firstDataRow, Map<Integer, String> measureColumns,
                           Map<Integer, String> columnLabels) {

    private static final Pattern PERIOD = Pattern.compile("tháng\\s*(\\d{1,2})\\s*(?:/|-|năm)\\s*(\\d{4})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern FILE_PERIOD = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern REPORTER = Pattern.compile("(?:đơn vị báo cáo|tên đơn vị)\\s*:\\s*(.+)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int TITLE_ROWS = 10;
    private static final int HEADER_SEARCH_ROWS = 20;

    /** Finds the layout; a file whose layout cannot be found is unreadable as a report. */
    public static ReportLayout of(ReportTable table, Map<String, String> measuresByHeader) throws UnreadableReport {
        YearMonth period = period(table);
        String reporter = reporter(table);
        int headerRow = -1;
        int communeColumn = -1;
        for (int r = 0; r < Math.min(HEADER_SEARCH_ROWS, table.rows().size()) && headerRow < 0; r++) {
            for (int c = 0; c < table.width(); c++) {
                String label = normalise(table.cell(r, c));
                if (label.equals("mã xã") || label.startsWith("mã xã") || label.startsWith("mã đơn vị hành chính")) {
                    headerRow = r;
                    communeColumn = c;
                    break;
                }
            }
        }
        if (headerRow < 0) {
            throw new UnreadableReport("no header row with a 'Mã xã' column in the first " + HEADER_SEARCH_ROWS + " rows",
                    "Không tìm thấy dòng tiêu đề có cột “Mã xã” trong " + HEADER_SEARCH_ROWS + " dòng đầu của báo cáo.");
        }
        boolean twoLevel = headerRow + 1 < table.rows().size() && isSubHeader(table, headerRow, communeColumn);
        Map<Integer, String> labels = new LinkedHashMap<>();
        for (int c = 0; c < table.width(); c++) {
            String top = normalise(table.cell(headerRow, c));
            String sub = twoLevel ? normalise(table.cell(headerRow + 1, c)) : "";
            labels.put(c, sub.isEmpty() || sub.equals(top) ? top : top + " / " + sub);
        }
        Map<Integer, String> measures = new LinkedHashMap<>();
        labels.forEach((column, label) -> {
            String measure = measuresByHeader.get(label);
            if (measure != null) {
                measures.put(column, measure);
            }
        });
        List<String> missing = new ArrayList<>();
        measuresByHeader.keySet().forEach(header -> {
            if (!labels.containsValue(header)) {
                missing.add("'" + header + "'");
            }
        });
        if (!missing.isEmpty()) {
            throw new UnreadableReport("the report lacks the column(s) " + String.join(", ", missing) + " (header row " + (headerRow + 1) + ")",
                    "Báo cáo thiếu cột " + String.join(", ", missing) + " của mẫu báo cáo (dòng tiêu đề " + (headerRow + 1) + ").");
        }
        ColumnAlignment.check(table, headerRow, twoLevel ? 2 : 1, headerRow + (twoLevel ? 2 : 1));
        return new ReportLayout(period, reporter, communeColumn, headerRow + (twoLevel ? 2 : 1), measures, labels);
    }

    /** The row under the header names sub-columns (text, no commune code) rather than holding data. */
    private static boolean isSubHeader(ReportTable table, int headerRow, int communeColumn) {
        String code = table.cell(headerRow + 1, communeColumn);
        if (!code.isEmpty() && !code.equals(table.cell(headerRow, communeColumn))) {
            return false;
        }
        for (int c = 0; c < table.width(); c++) {
            String sub = table.cell(headerRow + 1, c);
            if (!sub.isEmpty() && !sub.equals(table.cell(headerRow, c)) && VietnameseNumber.parse(sub).isEmpty() && !sub.matches("\\(\\d+\\)")) {
                return true;
            }
        }
        return false;
    }

    private static YearMonth period(ReportTable table) throws UnreadableReport {
        for (int r = 0; r < Math.min(TITLE_ROWS, table.rows().size()); r++) {
            for (int c = 0; c < table.width(); c++) {
                Matcher matcher = PERIOD.matcher(Normalizer.normalize(table.cell(r, c), Normalizer.Form.NFC));
                if (matcher.find()) {
                    return month(Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(1)), table.file());
                }
            }
        }
        Matcher fromName = FILE_PERIOD.matcher(table.file());
        if (fromName.find()) {
            return month(Integer.parseInt(fromName.group(1)), Integer.parseInt(fromName.group(2)), table.file());
        }
        throw new UnreadableReport("no report period: write 'Tháng MM/YYYY' in the title, or put YYYY-MM in the file name",
                "Không xác định được kỳ báo cáo: hãy ghi “Tháng MM/YYYY” ở tiêu đề hoặc đặt YYYY-MM trong tên tệp.");
    }

    private static YearMonth month(int year, int month, String file) throws UnreadableReport {
        if (month < 1 || month > 12 || year < 2000 || year > 2100) {
            throw new UnreadableReport("the report period " + month + "/" + year + " is not a month",
                    "Kỳ báo cáo " + month + "/" + year + " không phải là một tháng hợp lệ.");
        }
        return YearMonth.of(year, month);
    }

    private static String reporter(ReportTable table) {
        for (int r = 0; r < Math.min(TITLE_ROWS, table.rows().size()); r++) {
            for (int c = 0; c < table.width(); c++) {
                Matcher matcher = REPORTER.matcher(Normalizer.normalize(table.cell(r, c), Normalizer.Form.NFC));
                if (matcher.find()) {
                    return matcher.group(1).strip();
                }
            }
        }
        return null;
    }

    /** Header text compared as people read it: NFC (files mix composed and decomposed Vietnamese), lower case, single spaces. */
    public static String normalise(String header) {
        return Normalizer.normalize(header, Normalizer.Form.NFC).toLowerCase(Locale.forLanguageTag("vi")).replaceAll("\\s+", " ").strip();
    }
}
