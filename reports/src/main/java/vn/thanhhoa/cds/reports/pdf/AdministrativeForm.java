package vn.thanhhoa.cds.reports.pdf;

import java.time.LocalDate;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import vn.thanhhoa.cds.reports.format.VietnameseFormat;
import vn.thanhhoa.cds.reports.monthly.MonthlyReport;
import vn.thanhhoa.cds.reports.monthly.ReportMonth;
import vn.thanhhoa.cds.reports.pdf.ReportFonts.Face;

/**
 * The frame of a Vietnamese administrative report (Decree 30/2020/NĐ-CP): the issuing body and
 * number on the left, the national motto and "Thanh Hóa, ngày … tháng … năm …" on the right, the
 * title; at the end "Nơi nhận" and the signature block.
 */
final class AdministrativeForm {

    private final Typography type;
    private final Letterhead letterhead;

    AdministrativeForm(Typography type, Letterhead letterhead) {
        this.type = type;
        this.letterhead = letterhead;
    }

    void heading(Document document, MonthlyReport report) throws DocumentException {
        LocalDate issued = LocalDate.ofInstant(report.generatedAt(), ReportMonth.PROVINCE_ZONE);
        PdfPTable header = new PdfPTable(new float[] {42, 58});
        header.setWidthPercentage(100);
        PdfPCell left = type.plainCell();
        left.addElement(type.centered(letterhead.parentBody(), type.font(Face.SERIF, 11)));
        left.addElement(type.centered(type.underlined(letterhead.issuer(), type.font(Face.SERIF_BOLD, 11))));
        left.addElement(type.centered("Số: " + report.month().month().getMonthValue() + "/BC-" + letterhead.abbreviation(), type.font(Face.SERIF, 11)));
        PdfPCell right = type.plainCell();
        right.addElement(type.centered("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", type.font(Face.SERIF_BOLD, 11)));
        right.addElement(type.centered(type.underlined("Độc lập - Tự do - Hạnh phúc", type.font(Face.SERIF_BOLD, 12))));
        right.addElement(type.centered(VietnameseFormat.placeAndDate(letterhead.place(), issued), type.font(Face.SERIF_ITALIC, 11)));
        header.addCell(left);
        header.addCell(right);
        document.add(header);

        Paragraph title = type.centered("BÁO CÁO", type.font(Face.SERIF_BOLD, 14));
        title.setSpacingBefore(18);
        document.add(title);
        document.add(type.centered("Kết quả thực hiện chỉ tiêu chuyển đổi số cấp xã " + VietnameseFormat.monthInWords(report.month().month()), type.font(Face.SERIF_BOLD, 12)));
        document.add(type.centered("Địa bàn: " + report.scope().unit().name() + " — bộ chỉ tiêu " + report.indicatorSet(), type.font(Face.SERIF_BOLD, 12)));
        Paragraph rule = type.centered("________", type.font(Face.SERIF, 11));
        rule.setSpacingAfter(10);
        document.add(rule);
    }

    void closing(Document document, PdfWriter writer, List<String> copiesTo) throws DocumentException {
        PdfPTable closing = new PdfPTable(new float[] {50, 50});
        closing.setTotalWidth(document.right() - document.left());
        closing.setLockedWidth(true);
        closing.setSpacingBefore(18);
        PdfPCell recipients = type.plainCell();
        recipients.addElement(new Paragraph("Nơi nhận:", type.font(Face.SERIF_BOLD_ITALIC, 11)));
        for (String copy : copiesTo) {
            recipients.addElement(new Paragraph("- " + copy, type.font(Face.SERIF, 9)));
        }
        PdfPCell signature = type.plainCell();
        if (!letterhead.signerAuthority().isBlank()) {
            signature.addElement(type.centered(letterhead.signerAuthority(), type.font(Face.SERIF_BOLD, 11)));
        }
        signature.addElement(type.centered(letterhead.signerTitle(), type.font(Face.SERIF_BOLD, 11)));
        Paragraph signed = type.centered("(Đã ký)", type.font(Face.SERIF_ITALIC, 11));
        signed.setSpacingBefore(28);
        signed.setSpacingAfter(28);
        signature.addElement(signed);
        signature.addElement(type.centered(letterhead.signerName(), type.font(Face.SERIF_BOLD, 11)));
        closing.addCell(recipients);
        closing.addCell(signature);
        // "Nơi nhận" and the signature stay on one page. (OpenPDF's keepTogether dropped a last table that did not fit.)
        if (writer.getVerticalPosition(true) - closing.getTotalHeight() - closing.spacingBefore() < document.bottom()) {
            document.newPage();
        }
        document.add(closing);
    }
}
