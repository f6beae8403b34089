package vn.thanhhoa.cds.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.cli.Cds;
import vn.thanhhoa.cds.store.ClickHouseValues;
import vn.thanhhoa.cds.store.embedded.EmbeddedClickHouse;
import vn.thanhhoa.cds.store.migration.Migrations;

/** {@code ./cds report} against a (stopped) demo data directory whose ClickHouse holds one value. */
class ReportCommandTest {

    @TempDir
    Path directory;

    @Test
    void writesTheMonthsWorkbookFromTheDemoData() throws Exception {
        try (EmbeddedClickHouse clickHouse = EmbeddedClickHouse.open(directory.resolve("clickhouse"))) {
            new Migrations(clickHouse, "cds").apply();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("unit_code", "15742");
            row.put("unit_level", "COMMUNE");
            row.put("indicator_set", "2023-2025");
            row.put("indicator_code", "1.6");
            row.put("year", 2024);
            row.put("window_kind", "YEAR_TO_DATE");
            row.put("window_start", "2024-01-01");
            row.put("window_end", "2024-03-31");
            row.put("judged", true);
            row.put("numerator", 7.0);
            row.put("denominator", 8.0);
            row.put("value", 87.5);
            row.put("target_operator", ">=");
            row.put("target_value", 75.0);
            row.put("status", "MET");
            row.put("computed_at", ClickHouseValues.dateTime64(OffsetDateTime.parse("2024-03-31T20:00+07:00").toInstant().toEpochMilli()));
            clickHouse.insert("cds.indicator_value_daily", List.of(row), null);
        }
        Path out = directory.resolve("reports").resolve("trieu-son-2024-03.xlsx");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int status = new Cds().run(List.of("report", "--unit", "397", "--month", "2024-03", "--format", "xlsx", "--out", out.toString(),
                "--data-dir", directory.toString()), new PrintStream(printed, true, StandardCharsets.UTF_8), System.err);

        assertThat(status).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Báo cáo tháng 3 năm 2024 — Huyện Triệu Sơn", out.toAbsolutePath().toString());
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(out))) {
            Row found = null;
            for (Row row : workbook.getSheet("Chi tiết")) {
                if (row.getCell(0).getStringCellValue().equals("15742") && row.getCell(3).getStringCellValue().equals("1.6")) {
                    found = row;
                }
            }
            assertThat(found).isNotNull();
            assertThat(found.getCell(1).getStringCellValue()).isEqualTo("Xã Thọ Dân");
            assertThat(found.getCell(6).getNumericCellValue()).isCloseTo(7.0 / 8 * 100, within(1e-9));
            assertThat(found.getCell(8).getStringCellValue()).isEqualTo("Đạt");
        }
    }

    @Test
    void aMissingDemoOrABadFormatIsOneSentence() {
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = new Cds().run(List.of("report", "--unit", "province", "--month", "2026-10", "--format", "docx", "--out", "x.docx"),
                System.out, new PrintStream(errors, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(1);
        assertThat(errors.toString(StandardCharsets.UTF_8).strip()).isEqualTo("The report format 'docx' is not pdf or xlsx.");

        errors.reset();
        status = new Cds().run(List.of("report", "--unit", "province", "--month", "2026-10", "--format", "pdf", "--out", "x.pdf",
                "--data-dir", directory.resolve("nothing").toString()), System.out, new PrintStream(errors, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(1);
        assertThat(errors.toString(StandardCharsets.UTF_8).strip()).startsWith("No demo data in ").endsWith("or --set clickhouse.jdbc.url=….");
    }
}
