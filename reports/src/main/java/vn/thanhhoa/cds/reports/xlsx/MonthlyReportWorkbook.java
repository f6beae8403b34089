package vn.thanhhoa.cds.reports.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thanhhoa.cds.reports.format.VietnameseFormat;
import vn.thanhhoa.cds.reports.monthly.CommuneSection;
import vn.thanhhoa.cds.reports.monthly.IndicatorLine;
import vn.thanhhoa.cds.reports.monthly.MonthlyReport;
import vn.thanhhoa.cds.reports.monthly.PillarShare;
import vn.thanhhoa.cds.reports.monthly.ReportStatus;
import vn.thanhhoa.cds.reports.monthly.TrendSeries;

/**
 * The monthly report as a workbook the reviewer can work in, with the PDF's numbers: values and
 * changes are numeric cells (not text), so they sort and sum; communes and indicators below target
 * are filled as in the PDF. Sheets: {@value #SUMMARY}, {@value #DETAIL}, {@value #PILLARS}, {@value #TRENDS}.
 */
public final class MonthlyReportWorkbook {

    public static final String SUMMARY = "Tổng hợp";
    public static final String DETAIL = "Chi tiết";
    public static final String PILLARS = "Theo trụ cột";
    public static final String TRENDS = "Diễn biến";
    public static final List<String> DETAIL_HEADER = List.of("Mã xã", "Xã, phường", "Trụ cột", "Mã chỉ tiêu", "Chỉ tiêu", "Đơn vị tính",
            "Giá trị", "Chỉ tiêu giao", "Trạng thái", "Thay đổi so với tháng trước", "Đơn vị chủ trì", "Điểm");

    public byte[] write(MonthlyReport report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            summary(workbook.createSheet(SUMMARY), report, styles);
            detail(workbook.createSheet(DETAIL), report, styles);
            pillars(workbook.createSheet(PILLARS), report, styles);
            trends(workbook.createSheet(TRENDS), report, styles);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The XLSX of the report for " + report.scope().unit().name() + ", " + report.month() + " could not be written", e);
        }
    }

    private static void summary(Sheet sheet, MonthlyReport report, Styles styles) {
        text(sheet.createRow(0), 0, "Kết quả thực hiện chỉ tiêu chuyển đổi số cấp xã " + VietnameseFormat.monthInWords(report.month().month())
                + " — " + report.scope().unit().name(), styles.title);
        text(sheet.createRow(1), 0, (report.provisional() ? "Số liệu tạm tính đến " : "Số liệu chốt tại ")
                + VietnameseFormat.day(java.time.LocalDate.ofInstant(report.cutoff(), vn.thanhhoa.cds.reports.monthly.ReportMonth.PROVINCE_ZONE))
                + "; bộ chỉ tiêu " + report.indicatorSet(), null);
        header(sheet.createRow(3), styles, "Mã xã", "Xã, phường", "Số chỉ tiêu đạt", "Số chỉ tiêu được giao", "Không đạt", "Có nguy cơ", "Chưa có dữ liệu", "Điểm");
        int r = 4;
        for (CommuneSection commune : report.communes()) {
            CellStyle fill = commune.belowTarget() ? styles.below : commune.atRisk() > 0 ? styles.atRisk : null;
            Row row = sheet.createRow(r++);
            text(row, 0, commune.code(), fill);
            text(row, 1, commune.name(), fill);
            number(row, 2, commune.met(), fill);
            number(row, 3, commune.assigned(), fill);
            number(row, 4, commune.below(), fill);
            number(row, 5, commune.atRisk(), fill);
            number(row, 6, commune.withoutData(), fill);
            commune.points().ifPresent(points -> number(row, 7, points, fill));
        }
        widths(sheet, 10, 28, 14, 14, 11, 11, 14, 8);
    }

    private static void detail(Sheet sheet, MonthlyReport report, Styles styles) {
        header(sheet.createRow(0), styles, DETAIL_HEADER.toArray(String[]::new));
        int r = 1;
        for (CommuneSection commune : report.communes()) {
            for (IndicatorLine line : commune.lines()) {
                CellStyle fill = line.status() == ReportStatus.BELOW ? styles.below : line.status() == ReportStatus.AT_RISK ? styles.atRisk : null;
                Row row = sheet.createRow(r++);
                text(row, 0, commune.code(), fill);
                text(row, 1, commune.name(), fill);
                text(row, 2, line.pillar().vietnameseName(), fill);
                text(row, 3, line.code(), fill);
                text(row, 4, line.name(), fill);
                text(row, 5, line.unit(), fill);
                line.value().ifPresent(value -> number(row, 6, value, fill == null ? styles.decimal : fill));
                text(row, 7, line.target(), fill);
                text(row, 8, line.status().vietnamese(), fill);
                line.change().ifPresent(change -> number(row, 9, change, fill == null ? styles.decimal : fill));
                text(row, 10, line.owner(), fill);
                line.points().ifPresent(points -> number(row, 11, points, fill));
            }
        }
        sheet.createFreezePane(2, 1);
        sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, r - 1), 0, DETAIL_HEADER.size() - 1));
        widths(sheet, 10, 26, 14, 10, 60, 10, 10, 13, 16, 14, 40, 8);
    }

    private static void pillars(Sheet sheet, MonthlyReport report, Styles styles) {
        header(sheet.createRow(0), styles, "Trụ cột", "Mã chỉ tiêu", "Số xã đạt", "Số xã được giao", "Tỉ lệ xã đạt (%)");
        int r = 1;
        for (PillarShare share : report.pillarShares()) {
            Row row = sheet.createRow(r++);
            text(row, 0, share.pillar().vietnameseName(), null);
            text(row, 1, share.code(), null);
            number(row, 2, share.met(), null);
            number(row, 3, share.communes(), null);
            number(row, 4, share.percent(), styles.decimal);
        }
        widths(sheet, 18, 12, 10, 16, 16);
    }

    private static void trends(Sheet sheet, MonthlyReport report, Styles styles) {
        Row head = sheet.createRow(0);
        text(head, 0, "Chỉ tiêu", styles.header);
        List<YearMonth> months = report.trends().isEmpty() ? List.of() : List.copyOf(report.trends().getFirst().percentByMonth().keySet());
        for (int i = 0; i < months.size(); i++) {
            text(head, i + 1, "T" + months.get(i).getMonthValue() + "/" + months.get(i).getYear(), styles.header);
        }
        int r = 1;
        for (TrendSeries series : report.trends()) {
            Row row = sheet.createRow(r++);
            text(row, 0, series.code() + ": " + series.name(), null);
            int c = 1;
            for (Map.Entry<YearMonth, Optional<Double>> month : series.percentByMonth().entrySet()) {
                int column = c++;
                month.getValue().ifPresent(value -> number(row, column, value, styles.decimal));
            }
        }
        sheet.setColumnWidth(0, 60 * 256);
    }

    private static void header(Row row, Styles styles, String... titles) {
        for (int i = 0; i < titles.length; i++) {
            text(row, i, titles[i], styles.header);
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void number(Row row, int column, double value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void widths(Sheet sheet, int... characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, characters[i] * 256);
        }
    }

    /** Cell styles, made once per workbook (Excel caps their number). */
    private static final class Styles {
        final CellStyle header;
        final CellStyle title;
        final CellStyle decimal;
        final CellStyle below;
        final CellStyle atRisk;

        Styles(XSSFWorkbook workbook) {
            short oneDecimal = workbook.createDataFormat().getFormat("#,##0.0");
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            title = workbook.createCellStyle();
            title.setFont(bold);
            decimal = workbook.createCellStyle();
            decimal.setDataFormat(oneDecimal);
            below = filled(workbook, IndexedColors.ROSE, oneDecimal);
            atRisk = filled(workbook, IndexedColors.LIGHT_YELLOW, oneDecimal);
        }

        private static CellStyle filled(XSSFWorkbook workbook, IndexedColors colour, short format) {
            CellStyle style = workbook.createCellStyle();
            style.setFillForegroundColor(colour.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            style.setDataFormat(format);
            return style;
        }
    }
}
