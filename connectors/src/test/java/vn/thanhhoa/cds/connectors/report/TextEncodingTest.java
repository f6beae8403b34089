package vn.thanhhoa.cds.connectors.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The encoding a non-UTF-8 CSV most likely is; the Windows-1258 and TCVN3 files of {@code OfficerReports} are in {@link OfficerReportsTest}. */
class TextEncodingTest {

    @Test
    void vniTextIsNamedVni() {
        // "Mã xã;Tên xã;Tháng 10 năm 2026;Số hộ" typed with a VNI font: each mark is a Latin-1 letter after its vowel.
        String vni = "Maõ xaõ;Teân xaõ;Thaùng 10 naêm 2026;Soá hoä\r\n15763;1.200\r\n";
        assertThat(TextEncoding.guess(vni.getBytes(Charset.forName("windows-1252")))).isEqualTo(TextEncoding.Guess.VNI);
    }

    @Test
    void westernTextWithoutVietnameseIsNamedLatin1() {
        String french = "Code;Commune;Ménages équipés\r\n15763;Thọ Phú;1.200\r\n".replace("ọ", "o").replace("ú", "u");
        assertThat(TextEncoding.guess(french.getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(TextEncoding.Guess.LATIN_1);
    }

    @Test
    void theRefusalSaysHowToSaveAsCsvUtf8InExcelAndLibreOffice() {
        ReportTable.UnreadableReport refusal = TextEncoding.notUtf8("Ma\u00de xa\u00de;Th\u00e1ng 3/2026".getBytes(Charset.forName("windows-1252")));
        assertThat(refusal.getMessage()).contains("Windows-1258", "Excel, File > Save As > 'CSV UTF-8 (Comma delimited) (*.csv)'", "LibreOffice Calc");
        assertThat(refusal.vietnamese()).contains("Windows-1258", "CSV UTF-8", "LibreOffice");
    }
}
