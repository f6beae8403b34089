package vn.thanhhoa.cds.connectors.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.connectors.report.ReportTable.UnreadableReport;

/** Report files a person could drop into the folder, and what the reader makes of each. */
class ReportLayoutTest {

    private static final Map<String, String> TELECOM = Map.of(
            ReportLayout.normalise("Thuê bao điện thoại thông minh"), "telecom.smartphone_subscribers",
            ReportLayout.normalise("Hộ gia đình có kết nối Internet cáp quang"), "telecom.households.ftth");

    @TempDir
    Path temp;

    private final ReportTableReader reader = new ReportTableReader(ReportLimits.DEFAULT);

    @Test
    void decomposedVietnameseHeadersAndACommaDelimitedFileAreRead() throws Exception {
        String header = java.text.Normalizer.normalize("STT,Mã xã,Thuê bao điện thoại thông minh,Hộ gia đình có kết nối Internet cáp quang", java.text.Normalizer.Form.NFD);
        Path file = Files.writeString(temp.resolve("vt-2026-03.csv"), header + "\n1,15763,\"1.200\",300\n");

        ReportTable table = reader.read(file);
        ReportLayout layout = ReportLayout.of(table, TELECOM);

        assertThat(layout.period()).isEqualTo(YearMonth.of(2026, 3));
        assertThat(layout.measureColumns()).containsEntry(2, "telecom.smartphone_subscribers").containsEntry(3, "telecom.households.ftth");
        assertThat(layout.firstDataRow()).isEqualTo(1);
    }

    @Test
    void aMissingColumnIsNamed() throws Exception {
        Path file = Files.writeString(temp.resolve("vt-2026-03.csv"), "STT;Mã xã;Thuê bao điện thoại thông minh\n1;15763;1.200\n");

        assertThatThrownBy(() -> ReportLayout.of(reader.read(file), TELECOM))
                .isInstanceOf(UnreadableReport.class)
                .hasMessage("the report lacks the column(s) 'hộ gia đình có kết nối internet cáp quang' (header row 1)");
    }

    @Test
    void aFileWithoutACommuneCodeColumnIsNamed() throws Exception {
        Path file = Files.writeString(temp.resolve("vt-2026-03.csv"), "STT;Tên xã;Thuê bao\n1;Thọ Phú;1.200\n");

        assertThatThrownBy(() -> ReportLayout.of(reader.read(file), TELECOM)).hasMessageContaining("no header row with a 'Mã xã' column");
    }

    @Test
    void aFileWithoutAPeriodIsNamed() throws Exception {
        Path file = Files.writeString(temp.resolve("vien-thong.csv"), "Mã xã;Thuê bao điện thoại thông minh;Hộ gia đình có kết nối Internet cáp quang\n15763;1;2\n");

        assertThatThrownBy(() -> ReportLayout.of(reader.read(file), TELECOM)).hasMessageStartingWith("no report period");
    }

    @Test
    void aCsvInAnotherEncodingIsNamed() throws Exception {
        Path file = Files.write(temp.resolve("vt-2026-03.csv"), "Mã xã;Thuê bao\n15763;1\n".getBytes(java.nio.charset.Charset.forName("windows-1258")));

        assertThatThrownBy(() -> reader.read(file)).hasMessageStartingWith("the CSV file is not UTF-8 text; it is most likely Windows-1258. Save it as 'CSV UTF-8'");
    }

    @Test
    void anEmptyWorkbookAndATextFileNamedXlsxAreNamed() throws Exception {
        Path empty = Files.write(temp.resolve("nh-2026-03.xlsx"), new byte[0]);
        Path fake = Files.writeString(temp.resolve("nh-2026-04.xlsx"), "Mã xã;Số\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read(empty)).hasMessage("the file is empty (0 bytes)");
        assertThatThrownBy(() -> reader.read(fake)).hasMessageStartingWith("the file is not a readable XLSX workbook");
    }
}
