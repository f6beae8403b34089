package vn.thanhhoa.cds.dashboards.table;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A table as an XLSX workbook: a title row, the headings, then one row per table row with numbers
 * as numbers, days and moments as dates (dd/mm/yyyy), so the file can be worked in, not only read.
 */
public final class XlsxExport {

    private XlsxExport() {
    }

    public static void write(DataTable table, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(sheetName(table.title()));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle heading = workbook.createCellStyle();
            heading.setFont(bold);
            CellStyle day = workbook.createCellStyle();
            day.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle moment = workbook.createCellStyle();
            moment.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
            CellStyle number = workbook.createCellStyle();
            number.setDataFormat(workbook.createDataFormat().getFormat("#,##0.##"));

            Cell title = sheet.createRow(0).createCell(0);
            title.setCellValue(table.title());
            title.setCellStyle(heading);
            Row headings = sheet.createRow(1);
            for (int c = 0; c < table.columns().size(); c++) {
                Cell cell = headings.createCell(c);
                cell.setCellValue(table.columns().get(c).label());
                cell.setCellStyle(heading);
            }
            int r = 2;
            for (Map<String, Object> values : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < table.columns().size(); c++) {
                    Column column = table.columns().get(c);
                    Object value = values.get(column.key());
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    switch (value) {
                        case Number n -> {
                            cell.setCellValue(n.doubleValue());
                            cell.setCellStyle(number);
                        }
                        case LocalDate d -> {
                            cell.setCellValue(d);
                            cell.setCellStyle(day);
                        }
                        case Instant i -> {
                            cell.setCellValue(i.atZone(CellText.VIETNAM).toLocalDateTime());
                            cell.setCellStyle(moment);
                        }
                        default -> cell.setCellValue(CellText.of(column, value));
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    /** Excel allows 31 characters and none of []:*?/\ in a sheet name. */
    static String sheetName(String title) {
        String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return name.isEmpty() ? "Bảng" : name.length() > 31 ? name.substring(0, 31) : name;
    }
}
