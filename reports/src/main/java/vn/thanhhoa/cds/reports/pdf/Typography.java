package vn.thanhhoa.cds.reports.pdf;

import java.awt.Color;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import vn.thanhhoa.cds.reports.pdf.ReportFonts.Face;

/** The report's text styles, in the embedded fonts: titles, body text, table cells. */
final class Typography {

    private static final Color HEADER_FILL = new Color(0xe4, 0xea, 0xf4);

    private final ReportFonts fonts;

    Typography(ReportFonts fonts) {
        this.fonts = fonts;
    }

    Paragraph sectionTitle(String text) {
        Paragraph title = new Paragraph(text, font(Face.SERIF_BOLD, 12));
        title.setSpacingBefore(6);
        title.setSpacingAfter(4);
        return title;
    }

    Paragraph body(String text) {
        Paragraph paragraph = new Paragraph(text, font(Face.SERIF, 11));
        paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
        paragraph.setFirstLineIndent(20);
        paragraph.setLeading(15);
        return paragraph;
    }

    PdfPCell headerCell(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font(Face.SANS_BOLD, 8)));
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setBackgroundColor(HEADER_FILL);
        cell.setPadding(3);
        cell.setLeading(0f, 1.25f);
        return cell;
    }

    PdfPCell cell(String text, int alignment, Color fill) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font(Face.SANS, 8)));
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(2.5f);
        cell.setPaddingBottom(3.5f);
        // Vietnamese stacks a tone mark over a vowel mark (ấ, ễ, ợ): the default leading lets them touch the line above.
        cell.setLeading(0f, 1.3f);
        if (fill != null) {
            cell.setBackgroundColor(fill);
        }
        return cell;
    }

    static PdfPCell plainCell() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }

    static Paragraph centered(String text, Font font) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        return paragraph;
    }

    static Paragraph centered(Chunk chunk) {
        Paragraph paragraph = new Paragraph(chunk);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        return paragraph;
    }

    static Chunk underlined(String text, Font font) {
        Chunk chunk = new Chunk(text, font);
        chunk.setUnderline(0.6f, -2.5f);
        return chunk;
    }

    Font font(Face face, float size) {
        return new Font(fonts.pdf(face), size);
    }
}
