package vn.thanhhoa.cds.connectors.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import vn.thanhhoa.cds.connectors.report.ReportTable.UnreadableReport;

/**
 * Reads a CSV (comma or semicolon, UTF-8) or XLSX (first sheet) report into a {@link ReportTable},
 * within {@link ReportLimits}: a file beyond them is refused before it is parsed.
 */
public final class ReportTableReader {

    /** Far more than any report's columns (Mã xã, name, a dozen measures), far fewer than a sheet's 16,384. */
    static final int MAX_COLUMNS = 256;

    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
    private final ReportLimits limits;

    public ReportTableReader(ReportLimits limits) {
        this.limits = limits;
    }

    public ReportTable read(Path file) throws UnreadableReport, IOException {
        return read(file, file.getFileName().toString());
    }

    /** Reads {@code file} as the report called {@code name} (an upload not yet stored under its name). */
    public ReportTable read(Path file, String name) throws UnreadableReport, IOException {
        long size = Files.size(file);
        if (size == 0) {
            throw new UnreadableReport("the file is empty (0 bytes)", "Tệp rỗng, không có dữ liệu.");
        }
        if (size > limits.maxFileBytes()) {
            throw new UnreadableReport("the file is " + size + " bytes, more than the " + limits.maxFileBytes() + " bytes a monthly report may be",
                    "Tệp lớn " + size + " byte, vượt quá giới hạn " + limits.maxFileBytes() + " byte của một báo cáo tháng.");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx")) {
            Map<Long, BigDecimal> numbers = new HashMap<>();
            return new ReportTable(name, readXlsx(file, numbers), numbers, false);
        }
        if (lower.endsWith(".csv")) {
            return new ReportTable(name, readCsv(file));
        }
        throw new UnreadableReport("only .csv and .xlsx reports are read, not " + name, "Hệ thống chỉ nhận báo cáo dạng .csv hoặc .xlsx.");
    }

    private List<List<String>> readCsv(Path file) throws UnreadableReport, IOException {
        String text;
        byte[] bytes = Files.readAllBytes(file);
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw TextEncoding.notUtf8(bytes);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char delimiter = countOutsideQuotes(text, ';') > countOutsideQuotes(text, ',') ? ';' : ',';
        List<List<String>> rows = new ArrayList<>();
        try (Reader reader = new java.io.StringReader(text);
             CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get().parse(reader)) {
            for (CSVRecord record : parser) {
                if (rows.size() == limits.maxRows()) {
                    throw WorkbookInspection.tooManyRows(limits);
                }
                if (record.size() > MAX_COLUMNS) {
                    throw tooWide(rows.size() + 1);
                }
                rows.add(record.toList());
            }
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            java.util.regex.Matcher line = java.util.regex.Pattern.compile("line (\\d+)").matcher(String.valueOf(e.getMessage()));
            String where = line.find() ? " ở dòng " + line.group(1) : "";
            throw new UnreadableReport("the CSV file cannot be parsed: " + e.getMessage(),
                    "Tệp CSV không đọc được" + where + ": có dấu ngoặc kép (\") đặt sai chỗ, chẳng hạn chữ nằm sát sau một ô đã đóng ngoặc. "
                            + "Hãy mở tệp bằng Excel hoặc LibreOffice và lưu lại dạng “CSV UTF-8”.");
        }
        return rows;
    }

    private static UnreadableReport tooWide(int row) {
        return new UnreadableReport("row " + row + " has cells beyond column " + MAX_COLUMNS + "; a monthly report has a few columns, so it is not read",
                "Dòng " + row + " có ô nằm ngoài cột thứ " + MAX_COLUMNS + ", trong khi báo cáo tháng chỉ có vài cột, nên không được đọc.");
    }

    private static long countOutsideQuotes(String text, char delimiter) {
        long count = 0;
        boolean quoted = false;
        for (int i = 0; i < Math.min(text.length(), 4096); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                count++;
            }
        }
        return count;
    }

    private List<List<String>> readXlsx(Path file, Map<Long, BigDecimal> numbers) throws UnreadableReport, IOException {
        byte[] magic;
        try (InputStream in = Files.newInputStream(file)) {
            magic = in.readNBytes(4);
        }
        if (magic.length < 4 || magic[0] != 'P' || magic[1] != 'K' || magic[2] != 3 || magic[3] != 4) {
            throw new UnreadableReport("the file is not a readable XLSX workbook: it is not a ZIP archive (a CSV or an old .xls renamed?)",
                    "Tệp có đuôi .xlsx nhưng không phải bảng tính Excel .xlsx (có thể là tệp CSV hoặc .xls đổi tên).");
        }
        WorkbookInspection.check(file, limits);
        try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new UnreadableReport("the workbook has no sheet", "Bảng tính không có trang tính nào.");
            }
            Sheet sheet = workbook.getSheetAt(0);
            // A sparse sheet with one cell on row 1,000,000 passes the tag count; its last row does not.
            if (sheet.getLastRowNum() >= limits.maxRows()) {
                throw WorkbookInspection.tooManyRows(limits);
            }
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    if (row.getLastCellNum() > MAX_COLUMNS) {
                        throw tooWide(r + 1);
                    }
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        cells.add(text(row.getCell(c)));
                        number(row.getCell(c)).ifPresent(value -> numbers.put(ReportTable.at(row.getRowNum(), cells.size() - 1), value));
                    }
                }
                rows.add(cells);
            }
            int width = rows.stream().mapToInt(List::size).max().orElse(0);
            for (CellRangeAddress merged : sheet.getMergedRegions()) {
                String value = cellAt(rows, merged.getFirstRow(), merged.getFirstColumn());
                BigDecimal number = numbers.get(ReportTable.at(merged.getFirstRow(), merged.getFirstColumn()));
                // A region may be drawn over the whole sheet (A1:XFD1048576): only the cells that
                // exist are filled in, or the fill alone would take billions of steps.
                for (int r = merged.getFirstRow(); r <= Math.min(merged.getLastRow(), rows.size() - 1); r++) {
                    for (int c = merged.getFirstColumn(); c <= Math.min(merged.getLastColumn(), width - 1); c++) {
                        put(rows, r, c, value);
                        if (number != null) {
                            numbers.put(ReportTable.at(r, c), number);
                        }
                    }
                }
            }
            return rows;
        } catch (org.apache.poi.EmptyFileException | org.apache.poi.UnsupportedFileFormatException | org.apache.poi.ooxml.POIXMLException
                 | org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException e) {
            throw new UnreadableReport("the file is not a readable XLSX workbook: " + e.getMessage(),
                    "Tệp .xlsx không đọc được như một bảng tính Excel, hãy mở và lưu lại rồi gửi lại.");
        }
    }

    /** The value of a cell a workbook holds as a number (also a formula's cached number), not a date. */
    private static java.util.Optional<BigDecimal> number(Cell cell) {
        if (cell == null) {
            return java.util.Optional.empty();
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && !org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
            return java.util.Optional.of(BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros());
        }
        return java.util.Optional.empty();
    }

    private String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && !org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
            // The number itself, not its display format: "1.234" in a Vietnamese-formatted cell is 1234.
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        return formatter.formatCellValue(cell);
    }

    private static String cellAt(List<List<String>> rows, int r, int c) {
        return r < rows.size() && c < rows.get(r).size() ? rows.get(r).get(c) : "";
    }

    private static void put(List<List<String>> rows, int r, int c, String value) {
        while (rows.size() <= r) {
            rows.add(new ArrayList<>());
        }
        List<String> row = rows.get(r);
        while (row.size() <= c) {
            row.add("");
        }
        row.set(c, value);
    }
}
