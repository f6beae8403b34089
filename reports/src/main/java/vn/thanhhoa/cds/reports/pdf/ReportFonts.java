package vn.thanhhoa.cds.reports.pdf;

import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;

/**
 * The TrueType faces every report is written in: DejaVu Serif (the document's text) and DejaVu Sans
 * Condensed (tables, charts), which carry every Vietnamese letter with its tone marks (ạ ả ấ ầ ẩ ẫ
 * ậ … ỹ, Đ đ). They come from the {@code net.sf.jasperreports:jasperreports-fonts} artifact on the
 * classpath, never from the machine, and each PDF embeds the glyphs it uses (subset, Identity-H),
 * so a reader without these fonts still sees every diacritic.
 */
public final class ReportFonts {

    /** The faces a report uses. */
    public enum Face {
        SERIF("DejaVuSerif.ttf"),
        SERIF_BOLD("DejaVuSerif-Bold.ttf"),
        SERIF_ITALIC("DejaVuSerif-Italic.ttf"),
        SERIF_BOLD_ITALIC("DejaVuSerif-BoldItalic.ttf"),
        SANS("DejaVuSansCondensed.ttf"),
        SANS_BOLD("DejaVuSansCondensed-Bold.ttf");

        private final String file;

        Face(String file) {
            this.file = file;
        }

        public String resource() {
            return RESOURCE_FOLDER + file;
        }
    }

    static final String RESOURCE_FOLDER = "net/sf/jasperreports/fonts/dejavu/";

    private final Map<Face, byte[]> files = new EnumMap<>(Face.class);
    private final Map<Face, BaseFont> pdfFonts = new EnumMap<>(Face.class);
    private final Map<Face, java.awt.Font> awtFonts = new EnumMap<>(Face.class);

    /** Reads every face from the classpath; one sentence naming the artifact when one is missing. */
    public static ReportFonts load() {
        ReportFonts fonts = new ReportFonts();
        for (Face face : Face.values()) {
            fonts.files.put(face, read(face.resource()));
        }
        return fonts;
    }

    /** The face's TrueType bytes, as shipped. */
    public byte[] bytes(Face face) {
        return files.get(face).clone();
    }

    /** The face for OpenPDF, embedded (subset) with Identity-H encoding so that any Unicode letter can be written. */
    public synchronized BaseFont pdf(Face face) {
        return pdfFonts.computeIfAbsent(face, f -> {
            try {
                return BaseFont.createFont(f.resource().substring(RESOURCE_FOLDER.length()), BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                        BaseFont.NOT_CACHED, files.get(f), null);
            } catch (DocumentException | IOException e) {
                throw new IllegalStateException("The font " + f.resource() + " cannot be read by OpenPDF: " + e.getMessage(), e);
            }
        });
    }

    /** The face for Java2D (charts), at 1 pt; derive sizes from it. */
    public synchronized java.awt.Font awt(Face face) {
        return awtFonts.computeIfAbsent(face, f -> {
            try {
                return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new ByteArrayInputStream(files.get(f)));
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("The font " + f.resource() + " cannot be read by Java2D: " + e.getMessage(), e);
            }
        });
    }

    private static byte[] read(String resource) {
        try (InputStream in = ReportFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The font " + resource + " is not on the classpath: the reports module needs the "
                        + "net.sf.jasperreports:jasperreports-fonts artifact.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The font " + resource + " cannot be read: " + e.getMessage(), e);
        }
    }
}
