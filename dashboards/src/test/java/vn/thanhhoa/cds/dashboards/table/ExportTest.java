package vn.thanhhoa.cds.dashboards.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.dashboards.DashboardServer;
import vn.thanhhoa.cds.dashboards.IndicatorRows;
import vn.thanhhoa.cds.dashboards.SignedIn;
import vn.thanhhoa.cds.dashboards.TestDashboards;

/** The exports as a user downloads them, read back with commons-csv and Apache POI. */
class ExportTest {

    private static final String A = "14758";
    private static final String B = "14797";
    private static final Instant AT = Instant.parse("2026-11-20T03:00:00Z");

    @TempDir
    static Path directory;
    private static TestDashboards dashboards;
    private static DashboardServer server;
    private static SignedIn analyst;

    @BeforeAll
    static void start() throws Exception {
        dashboards = new TestDashboards(directory);
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(IndicatorRows.value(A, "2026", "1", 2026, "YEAR_TO_DATE", LocalDate.of(2026, 11, 20), 1234.5, "MET", 70.0, AT));
        rows.add(IndicatorRows.value(A, "2026", "2", 2026, "YEAR_TO_DATE", LocalDate.of(2026, 11, 20), 80.0, "MET", 70.0, AT));
        rows.add(IndicatorRows.value(B, "2026", "1", 2026, "YEAR_TO_DATE", LocalDate.of(2026, 11, 20), 75.0, "MET", 70.0, AT));
        rows.add(IndicatorRows.value(B, "2026", "2", 2026, "YEAR_TO_DATE", LocalDate.of(2026, 11, 20), 10.0, "BELOW", 70.0, AT));
        dashboards.clickHouse().insert("cds.indicator_value_daily", rows, null);
        server = dashboards.start(null);
        analyst = SignedIn.as(server.url(), "phantich", TestDashboards.PASSWORD);
    }

    @AfterAll
    static void stop() {
        server.close();
        dashboards.close();
    }

    @Test
    void theCommuneCsvIsUtf8WithVietnameseNumbersAndDates() throws Exception {
        HttpResponse<byte[]> response = analyst.bytes("api/xuat/xa/chi-tieu.csv?ma=" + A + "&nam=2026");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-disposition")).hasValueSatisfying(d -> assertThat(d).contains("attachment", "xa-chi-tieu.csv"));
        String csv = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFMã,Chỉ tiêu,Trụ cột,Giá trị");
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(csv.substring(1))).getRecords();
        CSVRecord first = records.stream().filter(r -> r.get("Mã").equals("1")).findFirst().orElseThrow();
        assertThat(first.get("Giá trị")).isEqualTo("1.234,5");
        assertThat(first.get("Mục tiêu")).isEqualTo("≥ 70");
        assertThat(first.get("Tình trạng")).isEqualTo("Đạt");
        assertThat(first.get("Số liệu đến ngày")).isEqualTo("20/11/2026");
        assertThat(first.get("Tính lúc")).isEqualTo("20/11/2026 10:00");
        assertThat(records).hasSize(dashboards.indicators().indicators("2026").size());
    }

    @Test
    void theRankingWorkbookOpensWithPoiWithNumbersAsNumbersInTheExpectedOrder() throws Exception {
        HttpResponse<byte[]> response = analyst.bytes("api/xuat/tong-quan/xep-hang.xlsx?nam=2026");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Xếp hạng xã theo số chỉ tiêu đạt");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Tên xã, phường");
            assertThat(sheet.getLastRowNum() - 1).as("one row per commune").isEqualTo(166);
            // A met 2, B met 1, every other commune 0: A first, B second, the rest share third place.
            Row first = sheet.getRow(2);
            Row second = sheet.getRow(3);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo(A);
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("Phường Hàm Rồng");
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(2.0);
            assertThat(second.getCell(1).getStringCellValue()).isEqualTo(B);
            assertThat(second.getCell(3).getNumericCellValue()).isEqualTo(1.0);
            assertThat(sheet.getRow(4).getCell(0).getNumericCellValue()).isEqualTo(3.0);
            assertThat(sheet.getRow(167).getCell(0).getNumericCellValue()).isEqualTo(3.0);
        }
    }

    @Test
    void theCommuneWorkbookKeepsValuesAsNumbersAndDaysAsDates() throws Exception {
        HttpResponse<byte[]> response = analyst.bytes("api/xuat/xa/chi-tieu.xlsx?ma=" + A + "&nam=2026");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Chỉ tiêu của Phường Hàm Rồng");
            Row one = sheet.getRow(2);
            assertThat(one.getCell(0).getStringCellValue()).isEqualTo("1");
            assertThat(one.getCell(3).getNumericCellValue()).isEqualTo(1234.5);
            assertThat(one.getCell(6).getStringCellValue()).isEqualTo("Đạt");
            // Column 8 is the evidence (titles of the newest declaration's documents): none declared here.
            assertThat(sheet.getRow(1).getCell(8).getStringCellValue()).isEqualTo("Minh chứng");
            assertThat(one.getCell(9).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 11, 20, 0, 0));
            assertThat(one.getCell(9).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(one.getCell(10).getLocalDateTimeCellValue()).as("10:00 in Vietnam").isEqualTo(LocalDateTime.of(2026, 11, 20, 10, 0));
        }
    }

    @Test
    void anUnknownTableOrFormatIsRefusedInVietnamese() throws Exception {
        assertThat(analyst.get("api/xuat/tong-quan/luoi.pdf?nam=2026").body()).contains(".csv hoặc .xlsx");
        assertThat(analyst.get("api/xuat/tong-quan/khong-co.csv?nam=2026").statusCode()).isEqualTo(404);
        assertThat(analyst.get("api/xuat/khong-co/luoi.csv").statusCode()).isEqualTo(404);
    }
}
