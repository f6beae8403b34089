package vn.thanhhoa.cds.dashboards.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of evidence is known by its content: real documents made by POI pass, the same bytes under another kind's name do not. */
class EvidenceKindTest {

    @TempDir
    Path directory;

    @Test
    void realOfficeDocumentsAndImagesAreWhatTheirExtensionsSay() throws Exception {
        byte[] docx = officeDocument(new XWPFDocument());
        byte[] xlsx = officeDocument(new XSSFWorkbook());
        byte[] odt = openDocument("application/vnd.oasis.opendocument.text");
        byte[] ods = openDocument("application/vnd.oasis.opendocument.spreadsheet");
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};

        assertThat(matches(EvidenceKind.DOCX, docx)).isTrue();
        assertThat(matches(EvidenceKind.XLSX, xlsx)).isTrue();
        assertThat(matches(EvidenceKind.ODT, odt)).isTrue();
        assertThat(matches(EvidenceKind.JPEG, jpeg)).isTrue();
        assertThat(matches(EvidenceKind.PDF, DeclarationApiTest.PDF)).isTrue();
        assertThat(matches(EvidenceKind.PNG, DeclarationApiTest.PNG)).isTrue();

        assertThat(matches(EvidenceKind.DOCX, xlsx)).as("a workbook renamed .docx").isFalse();
        assertThat(matches(EvidenceKind.XLSX, docx)).as("a text document renamed .xlsx").isFalse();
        assertThat(matches(EvidenceKind.ODT, ods)).as("a spreadsheet renamed .odt").isFalse();
        assertThat(matches(EvidenceKind.PDF, jpeg)).isFalse();
        assertThat(matches(EvidenceKind.DOCX, "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1))).isFalse();
    }

    @Test
    void theExtensionChoosesTheKindWhateverItsCase() {
        assertThat(EvidenceKind.ofName("Ảnh chụp.JPEG")).hasValue(EvidenceKind.JPEG);
        assertThat(EvidenceKind.ofName("bien-ban.Pdf")).hasValue(EvidenceKind.PDF);
        assertThat(EvidenceKind.ofName("ke-hoach.doc")).isEmpty();
        assertThat(EvidenceKind.ofName("khong-duoi")).isEmpty();
    }

    private boolean matches(EvidenceKind kind, byte[] bytes) throws Exception {
        Path file = Files.write(Files.createTempFile(directory, "minh-chung", ".bin"), bytes);
        return kind.matches(file);
    }

    private static byte[] officeDocument(java.io.Closeable document) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (document instanceof XWPFDocument text) {
            text.createParagraph().createRun().setText("Kế hoạch chuyển đổi số năm 2026");
            text.write(out);
        } else if (document instanceof XSSFWorkbook workbook) {
            workbook.createSheet("Danh sách").createRow(0).createCell(0).setCellValue("Điểm wifi");
            workbook.write(out);
        }
        document.close();
        return out.toByteArray();
    }

    /** An OpenDocument file: its {@code mimetype} entry first, then the content. */
    private static byte[] openDocument(String mimetype) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write(mimetype.getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
