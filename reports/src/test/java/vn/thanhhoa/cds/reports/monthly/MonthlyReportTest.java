package vn.thanhhoa.cds.reports.monthly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.thanhhoa.cds.reports.monthly.IndicatorRows.judged;
import static vn.thanhhoa.cds.reports.monthly.IndicatorRows.trend;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.adminunits.ReferenceData;
import vn.thanhhoa.cds.catalog.Catalog;
import vn.thanhhoa.cds.catalog.load.CatalogLoader;
import vn.thanhhoa.cds.reports.StoreFixture;
import vn.thanhhoa.cds.reports.archive.GeneratedReport;
import vn.thanhhoa.cds.reports.archive.ReportFormat;
import vn.thanhhoa.cds.reports.generation.ReportGenerator;
import vn.thanhhoa.cds.reports.pdf.Letterhead;
import vn.thanhhoa.cds.reports.pdf.ReportFonts;
import vn.thanhhoa.cds.reports.xlsx.MonthlyReportWorkbook;
import vn.thanhhoa.cds.store.embedded.EmbeddedClickHouse;

/**
 * March 2024 for Huyện Triệu Sơn (397, 32 communes, the 2023–2025 set), from rows written into the
 * embedded ClickHouse here. Every expected figure is worked out by hand from those rows.
 */
class MonthlyReportTest {

    private static final String TABLE = StoreFixture.DATABASE + ".indicator_value_daily";
    private static final LocalDate FEB_END = LocalDate.of(2024, 2, 29);
    private static final LocalDate MID_MARCH = LocalDate.of(2024, 3, 15);
    private static final LocalDate MAR_END = LocalDate.of(2024, 3, 31);
    private static final String THO_DAN = "15742";
    private static final String THO_PHU = "15760";
    private static final String DONG_LOI = "15721";

    @TempDir
    static Path directory;
    static EmbeddedClickHouse clickHouse;
    static Catalog catalog;
    static ReferenceData reference;
    static ReportFonts fonts;

    @BeforeAll
    static void writeMarch() {
        clickHouse = StoreFixture.open(directory);
        catalog = CatalogLoader.builtIn();
        reference = ReferenceData.load();
        fonts = ReportFonts.load();
        List<Map<String, Object>> rows = new ArrayList<>();
        // Thọ Dân, 1.6 (online dossiers, year to date, 2024 target >= 75): 5/10 at the end of February,
        // 9/9 in mid-March (a later day replaces it), 6/9 on 31 March.
        rows.add(judged(THO_DAN, "1.6", "YEAR_TO_DATE", FEB_END, 5.0, 10.0, 50.0, ">=", 75.0, "BELOW", "2024-02-29T22:00+07:00"));
        rows.add(judged(THO_DAN, "1.6", "YEAR_TO_DATE", MID_MARCH, 9.0, 9.0, 100.0, ">=", 75.0, "MET", "2024-03-15T22:00+07:00"));
        rows.add(judged(THO_DAN, "1.6", "YEAR_TO_DATE", MAR_END, 6.0, 9.0, 6.0 / 9 * 100, ">=", 75.0, "BELOW", "2024-03-31T21:00+07:00"));
        rows.add(trend(THO_DAN, "1.6", MAR_END, 0.0, "2024-03-31T21:00+07:00"));
        // 3.5 (e-health records, as of the day, target >= 100): 950 of 1,000 people, at risk.
        rows.add(judged(THO_DAN, "3.5", "AS_OF", MAR_END, 950.0, 1000.0, 95.0, ">=", 100.0, "AT_RISK", "2024-03-31T21:00+07:00"));
        // 1.1, a yes/no item declared with evidence.
        rows.add(judged(THO_DAN, "1.1", "AS_OF", MAR_END, 1.0, null, 1.0, "exists", null, "MET", "2024-03-31T21:00+07:00"));
        // Thọ Phú, 1.6: 40/50 in February, 45/50 in March.
        rows.add(judged(THO_PHU, "1.6", "YEAR_TO_DATE", FEB_END, 40.0, 50.0, 80.0, ">=", 75.0, "MET", "2024-02-29T22:00+07:00"));
        rows.add(judged(THO_PHU, "1.6", "YEAR_TO_DATE", MAR_END, 45.0, 50.0, 90.0, ">=", 75.0, "MET", "2024-03-31T21:00+07:00"));
        // Đồng Lợi, 1.6: computed twice on 31 March; the later computation (16/20) is the one that stood.
        rows.add(judged(DONG_LOI, "1.6", "YEAR_TO_DATE", MAR_END, 10.0, 20.0, 50.0, ">=", 75.0, "BELOW", "2024-03-31T08:00+07:00"));
        rows.add(judged(DONG_LOI, "1.6", "YEAR_TO_DATE", MAR_END, 16.0, 20.0, 80.0, ">=", 75.0, "MET", "2024-03-31T23:30+07:00"));
        clickHouse.insert(TABLE, rows, null);
    }

    @AfterAll
    static void close() {
        clickHouse.close();
    }

    private static ReportGenerator generatorAt(String instant) {
        Clock clock = Clock.fixed(OffsetDateTime.parse(instant).toInstant(), ReportMonth.PROVINCE_ZONE);
        MonthlyReportAssembler assembler = new MonthlyReportAssembler(catalog, reference.units(),
                new IndicatorValueHistory(clickHouse, StoreFixture.DATABASE), KeyRatios.DEFAULT, clock);
        return new ReportGenerator(assembler, fonts, Letterhead.DEFAULT);
    }

    private static List<GeneratedReport> march(String at) {
        return generatorAt(at).generate("397", ReportMonth.parse("2024-03"), List.of(ReportFormat.PDF, ReportFormat.XLSX),
                List.of("UBND huyện Triệu Sơn;", "Lưu: VT."));
    }

    @Test
    void thePdfCarriesTheCommunesValuesAndStatusesAsClickHouseHeldThem() throws IOException {
        List<GeneratedReport> files = march("2024-04-01T06:00+07:00");
        byte[] pdf = files.getFirst().content();
        // Kept for a person to look at (README: rendering the first page with pdftoppm).
        Path samples = Path.of("target", "sample-reports");
        java.nio.file.Files.createDirectories(samples);
        for (GeneratedReport file : files) {
            java.nio.file.Files.write(samples.resolve(file.fileName()), file.content());
        }
        String text = text(pdf);
        assertThat(text).contains("UBND TỈNH THANH HÓA", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Số: 3/BC-SKHCN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Thanh Hóa, ngày 01 tháng 04 năm 2024", "BÁO CÁO", "tháng 3 năm 2024", "Huyện Triệu Sơn",
                "Nơi nhận:", "UBND huyện Triệu Sơn;", "PHÓ GIÁM ĐỐC");
        // Commune names with their diacritics, as admin-units spells them.
        assertThat(text).contains("Xã Thọ Dân", "Xã Thọ Phú", "Xã Đồng Lợi", "Thị trấn Nưa", "Xã Khuyến Nông");
        // 6/9 = 66,7 % on 31 March (not the 100 % of mid-March), 16,7 points up from February's 5/10.
        String thoDan = section(text, "Xã Thọ Dân (mã 15742)");
        assertThat(thoDan).contains("66,7%", "≥ 75%", "Không đạt", "+16,7", "95,0%", "Có nguy cơ", "≥ 100%", "Chưa có dữ liệu");
        assertThat(thoDan).doesNotContain("100,0%");
        assertThat(section(text, "Xã Thọ Phú (mã 15760)")).contains("90,0%", "+10,0", "Đạt");
        // Đồng Lợi's later computation of the same day stood: 16/20 = 80 %; no February value, so no change.
        assertThat(section(text, "Xã Đồng Lợi (mã 15721)")).contains("80,0%").doesNotContain("50,0%");
        assertThat(text).contains("chốt tại thời điểm kết thúc tháng");
    }

    @Test
    void everyFontInThePdfIsEmbeddedDejaVu() throws IOException {
        byte[] pdf = march("2024-04-01T06:00+07:00").getFirst().content();
        List<String> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (var name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                    fonts.add(font.getName());
                }
            }
        }
        assertThat(fonts).isNotEmpty().allMatch(name -> name.contains("DejaVu"));
    }

    @Test
    void theWorkbookHoldsTheSameNumbers() throws IOException {
        byte[] xlsx = march("2024-04-01T06:00+07:00").get(1).content();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Map<String, Row> detail = detailRows(workbook.getSheet(MonthlyReportWorkbook.DETAIL));
            assertThat(detail).hasSize(32 * 37);
            Row thoDan = detail.get(THO_DAN + "|1.6");
            assertThat(thoDan.getCell(1).getStringCellValue()).isEqualTo("Xã Thọ Dân");
            assertThat(thoDan.getCell(6).getNumericCellValue()).isCloseTo(6.0 / 9 * 100, within(1e-9));
            assertThat(thoDan.getCell(7).getStringCellValue()).isEqualTo("≥ 75%");
            assertThat(thoDan.getCell(8).getStringCellValue()).isEqualTo("Không đạt");
            assertThat(thoDan.getCell(9).getNumericCellValue()).isCloseTo(6.0 / 9 * 100 - 50, within(1e-9));
            assertThat(detail.get(THO_DAN + "|3.5").getCell(8).getStringCellValue()).isEqualTo("Có nguy cơ");
            assertThat(detail.get(THO_DAN + "|1.1").getCell(8).getStringCellValue()).isEqualTo("Đạt");
            assertThat(detail.get(DONG_LOI + "|1.6").getCell(6).getNumericCellValue()).isEqualTo(80.0);
            Row noData = detail.get("15718|1.6");
            assertThat(noData.getCell(1).getStringCellValue()).isEqualTo("Thị trấn Nưa");
            assertThat(noData.getCell(6, Row.MissingCellPolicy.RETURN_NULL_AND_BLANK)).isNull();
            assertThat(noData.getCell(8).getStringCellValue()).isEqualTo("Chưa có dữ liệu");

            Sheet summary = workbook.getSheet(MonthlyReportWorkbook.SUMMARY);
            Row thoDanSummary = rowWith(summary, THO_DAN);
            assertThat(thoDanSummary.getCell(2).getNumericCellValue()).isEqualTo(1); // 1.1 met
            assertThat(thoDanSummary.getCell(3).getNumericCellValue()).isEqualTo(37);
            assertThat(thoDanSummary.getCell(4).getNumericCellValue()).isEqualTo(1); // 1.6 below
            assertThat(thoDanSummary.getCell(5).getNumericCellValue()).isEqualTo(1); // 3.5 at risk

            // Trend of 1.6 for the district: numerators over denominators, never a mean of ratios.
            Row trend = rowStartingWith(workbook.getSheet(MonthlyReportWorkbook.TRENDS), "1.6:");
            assertThat(trend.getCell(1, Row.MissingCellPolicy.RETURN_NULL_AND_BLANK)).isNull(); // January: nothing
            assertThat(trend.getCell(2).getNumericCellValue()).isCloseTo(100.0 * (5 + 40) / (10 + 50), within(1e-9));
            assertThat(trend.getCell(3).getNumericCellValue()).isCloseTo(100.0 * (6 + 45 + 16) / (9 + 50 + 20), within(1e-9));

            Row share = rowWithCells(workbook.getSheet(MonthlyReportWorkbook.PILLARS), "Chính quyền số", "1.6");
            assertThat(share.getCell(2).getNumericCellValue()).isEqualTo(2);
            assertThat(share.getCell(3).getNumericCellValue()).isEqualTo(32);
        }
    }

    @Test
    void rowsComputedAfterTheMonthChangeNothingWhenMarchIsMadeAgainInJune() throws IOException {
        List<GeneratedReport> april = march("2024-04-01T06:00+07:00");
        // A late correction and a replay, both for 31 March, both computed after the month ended.
        clickHouse.insert(TABLE, List.of(
                judged(THO_DAN, "1.6", "YEAR_TO_DATE", MAR_END, 9.0, 9.0, 100.0, ">=", 75.0, "MET", "2024-04-02T10:00+07:00"),
                judged(DONG_LOI, "1.6", "YEAR_TO_DATE", MAR_END, 0.0, 20.0, 0.0, ">=", 75.0, "BELOW", "2024-06-10T10:00+07:00"),
                judged(THO_PHU, "3.5", "AS_OF", MAR_END, 1000.0, 1000.0, 100.0, ">=", 100.0, "MET", "2024-05-01T00:00+07:00")), null);
        List<GeneratedReport> june = march("2024-06-15T09:00+07:00");

        String aprilText = text(april.getFirst().content());
        String juneText = text(june.getFirst().content());
        assertThat(body(juneText)).isEqualTo(body(aprilText));
        assertThat(section(juneText, "Xã Thọ Dân (mã 15742)")).contains("66,7%").doesNotContain("100,0%");
        try (XSSFWorkbook before = new XSSFWorkbook(new ByteArrayInputStream(april.get(1).content()));
             XSSFWorkbook after = new XSSFWorkbook(new ByteArrayInputStream(june.get(1).content()))) {
            assertThat(cells(after.getSheet(MonthlyReportWorkbook.DETAIL))).isEqualTo(cells(before.getSheet(MonthlyReportWorkbook.DETAIL)));
            assertThat(cells(after.getSheet(MonthlyReportWorkbook.TRENDS))).isEqualTo(cells(before.getSheet(MonthlyReportWorkbook.TRENDS)));
        }
    }

    @Test
    void aCommuneOrAnAbolishedDistrictIsRefusedInOneSentence() {
        ReportGenerator generator = generatorAt("2025-09-01T06:00+07:00");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> generator.generate("15742", ReportMonth.parse("2024-03"), List.of(ReportFormat.PDF), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Xã Thọ Dân").hasMessageContaining("is a commune");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> generator.generate("397", ReportMonth.parse("2025-08"), List.of(ReportFormat.PDF), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("use province");
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The text from a commune's heading to the next heading. */
    static String section(String text, String heading) {
        int start = text.indexOf(heading);
        assertThat(start).as("heading " + heading).isNotNegative();
        int next = text.indexOf(" (mã ", start + heading.length());
        int end = next < 0 ? text.length() : text.lastIndexOf('\n', next);
        return text.substring(start, Math.max(end, start + heading.length()));
    }

    /** The PDF text without the date of issue, which differs between two generations. */
    private static String body(String text) {
        return text.replaceAll("Thanh Hóa, ngày \\d{2} tháng \\d{2} năm \\d{4}", "");
    }

    private static Map<String, Row> detailRows(Sheet sheet) {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (Row row : sheet) {
            if (row.getRowNum() > 0) {
                rows.put(row.getCell(0).getStringCellValue() + "|" + row.getCell(3).getStringCellValue(), row);
            }
        }
        return rows;
    }

    private static Row rowWith(Sheet sheet, String firstCell) {
        return rowWithCells(sheet, firstCell);
    }

    private static Row rowWithCells(Sheet sheet, String... leading) {
        for (Row row : sheet) {
            boolean matches = true;
            for (int i = 0; i < leading.length; i++) {
                Cell cell = row.getCell(i);
                matches &= cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(leading[i]);
            }
            if (matches) {
                return row;
            }
        }
        throw new AssertionError("no row starting with " + List.of(leading) + " in " + sheet.getSheetName());
    }

    private static Row rowStartingWith(Sheet sheet, String prefix) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().startsWith(prefix)) {
                return row;
            }
        }
        throw new AssertionError("no row starting with " + prefix + " in " + sheet.getSheetName());
    }

    private static List<List<String>> cells(Sheet sheet) {
        List<List<String>> cells = new ArrayList<>();
        for (Row row : sheet) {
            List<String> values = new ArrayList<>();
            for (Cell cell : row) {
                values.add(cell.getColumnIndex() + "=" + (cell.getCellType() == CellType.NUMERIC ? String.valueOf(cell.getNumericCellValue()) : cell.getStringCellValue()));
            }
            cells.add(values);
        }
        return cells;
    }
}
