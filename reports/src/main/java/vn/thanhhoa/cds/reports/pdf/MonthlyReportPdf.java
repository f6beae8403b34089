package vn.thanhhoa.cds.reports.pdf;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;
import vn.thanhhoa.cds.reports.format.VietnameseFormat;
import vn.thanhhoa.cds.reports.monthly.CommuneSection;
import vn.thanhhoa.cds.reports.monthly.IndicatorLine;
import vn.thanhhoa.cds.reports.monthly.MonthlyReport;
import vn.thanhhoa.cds.reports.monthly.ReportMonth;
import vn.thanhhoa.cds.reports.monthly.ReportStatus;
import vn.thanhhoa.cds.reports.pdf.ReportFonts.Face;

/**
 * Writes a monthly report as a PDF in the form of a Vietnamese administrative report: the issuing
 * body and number on the left, the national motto and "Thanh Hóa, ngày … tháng … năm …" on the
 * right, the title, the general situation with the communes' summary (communes below target
 * shaded), the charts, each commune's indicators, then "Nơi nhận" and the signature block.
 */
public final class MonthlyReportPdf {

    static final Color BELOW_FILL = new Color(0xf8, 0xd7, 0xda);
    static final Color AT_RISK_FILL = new Color(0xff, 0xf0, 0xc2);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private final ReportCharts charts;
    private final Typography type;

    public MonthlyReportPdf(ReportFonts fonts) {
        this.charts = new ReportCharts(fonts);
        this.type = new Typography(fonts);
    }

    public byte[] write(MonthlyReport report, Letterhead letterhead, List<String> copiesTo) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 42, 42, 48);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PageNumbers(type.font(Face.SANS, 8)));
            document.addTitle("Báo cáo kết quả thực hiện chỉ tiêu chuyển đổi số " + VietnameseFormat.monthInWords(report.month().month()));
            document.addCreator("Hệ thống theo dõi chỉ tiêu chuyển đổi số cấp xã tỉnh Thanh Hóa");
            document.open();
            AdministrativeForm form = new AdministrativeForm(type, letterhead);
            form.heading(document, report);
            generalSituation(document, report);
            chartsSection(document, report);
            communeDetails(document, report);
            form.closing(document, writer, copiesTo.isEmpty() ? letterhead.copiesTo() : copiesTo);
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("The PDF of the report for " + report.scope().unit().name() + ", " + report.month() + " could not be written: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private void generalSituation(Document document, MonthlyReport report) throws DocumentException {
        document.add(type.sectionTitle("I. TÌNH HÌNH CHUNG"));
        LocalDateTime cutoff = LocalDateTime.ofInstant(report.cutoff(), ReportMonth.PROVINCE_ZONE);
        long allMet = report.communes().stream().filter(c -> c.assigned() > 0 && c.met() == c.assigned()).count();
        String when = report.provisional()
                ? "Số liệu tạm tính (tháng chưa kết thúc), theo số liệu hệ thống đến " + TIME.format(cutoff) + "."
                : "Số liệu chốt tại thời điểm kết thúc tháng (" + TIME.format(cutoff) + "): những lần tính sau thời điểm này không làm thay đổi báo cáo.";
        document.add(type.body("Trên địa bàn có " + report.communes().size() + " xã, phường được theo dõi theo bộ chỉ tiêu "
                + report.indicatorSet() + ". "
                + allMet + " xã, phường đạt toàn bộ chỉ tiêu được giao; " + report.communesBelowTarget()
                + " xã, phường có ít nhất một chỉ tiêu không đạt (tô màu trong các bảng). " + when));

        PdfPTable table = new PdfPTable(new float[] {5, 9, 30, 11, 11, 11, 13, 10});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(6);
        for (String title : List.of("STT", "Mã", "Xã, phường", "Số chỉ tiêu đạt", "Không đạt", "Có nguy cơ", "Chưa có dữ liệu", "Điểm")) {
            table.addCell(type.headerCell(title));
        }
        int number = 1;
        for (CommuneSection commune : report.communes()) {
            Color fill = commune.belowTarget() ? BELOW_FILL : commune.atRisk() > 0 ? AT_RISK_FILL : null;
            table.addCell(type.cell(String.valueOf(number++), Element.ALIGN_CENTER, fill));
            table.addCell(type.cell(commune.code(), Element.ALIGN_CENTER, fill));
            table.addCell(type.cell(commune.name(), Element.ALIGN_LEFT, fill));
            table.addCell(type.cell(commune.met() + "/" + commune.assigned(), Element.ALIGN_CENTER, fill));
            table.addCell(type.cell(String.valueOf(commune.below()), Element.ALIGN_CENTER, fill));
            table.addCell(type.cell(String.valueOf(commune.atRisk()), Element.ALIGN_CENTER, fill));
            table.addCell(type.cell(String.valueOf(commune.withoutData()), Element.ALIGN_CENTER, fill));
            table.addCell(type.cell(commune.points().map(VietnameseFormat::plain).orElse(""), Element.ALIGN_RIGHT, fill));
        }
        document.add(table);
    }

    private void chartsSection(Document document, MonthlyReport report) throws DocumentException, IOException {
        document.newPage();
        document.add(type.sectionTitle("II. BIỂU ĐỒ"));
        float width = document.getPageSize().getWidth() - document.leftMargin() - document.rightMargin();
        if (!report.pillarShares().isEmpty()) {
            document.add(chart(charts.pillarShares(report, 640, 330), width));
        }
        if (!report.trends().isEmpty()) {
            document.add(chart(charts.trends(report, 640, 330), width));
        }
    }

    private static Image chart(byte[] png, float width) throws IOException {
        Image image = Image.getInstance(png);
        image.scaleToFit(width, width * 330 / 640);
        image.setAlignment(Element.ALIGN_CENTER);
        image.setSpacingAfter(10);
        return image;
    }

    private void communeDetails(Document document, MonthlyReport report) throws DocumentException {
        document.newPage();
        document.add(type.sectionTitle("III. KẾT QUẢ TỪNG XÃ, PHƯỜNG"));
        int number = 1;
        for (CommuneSection commune : report.communes()) {
            Paragraph title = new Paragraph(number++ + ". " + commune.name() + " (mã " + commune.code() + "): đạt " + commune.met() + "/"
                    + commune.assigned() + " chỉ tiêu" + commune.points().map(p -> ", " + VietnameseFormat.plain(p) + " điểm").orElse(""),
                    type.font(Face.SERIF_BOLD, 11));
            title.setSpacingBefore(8);
            title.setSpacingAfter(4);
            title.setKeepTogether(true);
            document.add(title);
            PdfPTable table = new PdfPTable(new float[] {6, 33, 9, 9, 14, 9, 20});
            table.setWidthPercentage(100);
            table.setSpacingBefore(5);
            table.setHeaderRows(1);
            for (String heading : List.of("Mã", "Chỉ tiêu", "Giá trị", "Chỉ tiêu giao", "Trạng thái", "So với tháng trước", "Đơn vị chủ trì")) {
                table.addCell(type.headerCell(heading));
            }
            for (IndicatorLine line : commune.lines()) {
                Color fill = line.status() == ReportStatus.BELOW ? BELOW_FILL : line.status() == ReportStatus.AT_RISK ? AT_RISK_FILL : null;
                table.addCell(type.cell(line.code(), Element.ALIGN_CENTER, fill));
                table.addCell(type.cell(line.name(), Element.ALIGN_LEFT, fill));
                table.addCell(type.cell(line.valueText() + (line.value().isPresent() && "%".equals(line.unit()) ? "%" : ""), Element.ALIGN_RIGHT, fill));
                table.addCell(type.cell(line.target(), Element.ALIGN_CENTER, fill));
                table.addCell(type.cell(line.status().vietnamese(), Element.ALIGN_CENTER, fill));
                table.addCell(type.cell(line.changeText(), Element.ALIGN_RIGHT, fill));
                table.addCell(type.cell(line.owner(), Element.ALIGN_LEFT, fill));
            }
            document.add(table);
        }
    }

    /** "Trang n" at the foot of every page. */
    private static final class PageNumbers extends PdfPageEventHelper {
        private final Font font;

        PageNumbers(Font font) {
            this.font = font;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER, new Phrase("Trang " + writer.getPageNumber(), font),
                    (document.left() + document.right()) / 2, document.bottom() - 20, 0);
        }
    }
}
