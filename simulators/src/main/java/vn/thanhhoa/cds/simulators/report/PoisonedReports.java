package vn.thanhhoa.cds.simulators.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Report files that must cost a reader nothing but their own quarantine: small on disk, ruinous to
 * parse naively, or broken in ways no check foresaw. Built part by part as the OOXML package they
 * pretend to be, since a spreadsheet library would refuse to write most of them.
 */
public final class PoisonedReports {

    /** What each poisoned file is, by the name it is written under. */
    public static final String INFLATING = "a workbook that inflates to hundreds of megabytes (one enormous cell)";
    public static final String MILLION_ROWS = "a sheet of a million rows";
    public static final String CORRUPT_ZIP = "a corrupt ZIP";
    public static final String UNFORESEEN = "a workbook whose number cell holds words";
    public static final String HUGE_CSV_CELL = "a CSV with a cell of 20 MB";

    private PoisonedReports() {
    }

    /**
     * Writes one file of each kind into {@code folder}, named so that they sort before
     * {@code zz-…} files; returns file name → what it is.
     */
    public static Map<String, String> writeAll(Path folder, String period) {
        Map<String, String> written = new LinkedHashMap<>();
        try {
            Files.createDirectories(folder);
            inflating(folder.resolve(name(written, "a1-phinh-" + period + ".xlsx", INFLATING)), 300L << 20);
            millionRows(folder.resolve(name(written, "a2-trieu-dong-" + period + ".xlsx", MILLION_ROWS)));
            corruptZip(folder.resolve(name(written, "a3-hong-" + period + ".xlsx", CORRUPT_ZIP)));
            numberCellWithWords(folder.resolve(name(written, "a4-chuoi-" + period + ".xlsx", UNFORESEEN)));
            hugeCsvCell(folder.resolve(name(written, "a5-o-lon-" + period + ".csv", HUGE_CSV_CELL)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }

    private static String name(Map<String, String> written, String name, String kind) {
        written.put(name, kind);
        return name;
    }

    /** A workbook whose only cell holds {@code inflatedBytes} of text: a few hundred KB on disk. */
    public static void inflating(Path file, long inflatedBytes) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            packageParts(zip);
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Writer sheet = new java.io.OutputStreamWriter(zip, StandardCharsets.UTF_8);
            sheet.write(SHEET_START + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>");
            char[] block = new char[1 << 16];
            Arrays.fill(block, '9');
            for (long written = 0; written < inflatedBytes; written += block.length) {
                sheet.write(block);
            }
            sheet.write("</t></is></c></row>" + SHEET_END);
            sheet.flush();
            zip.closeEntry();
        }
    }

    /** A sheet of a million small rows: a few MB on disk, tens of MB inflated, a million rows to hold. */
    public static void millionRows(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            packageParts(zip);
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Writer sheet = new java.io.OutputStreamWriter(zip, StandardCharsets.UTF_8);
            sheet.write(SHEET_START);
            for (int r = 1; r <= 1_000_000; r++) {
                sheet.write("<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>1</v></c></row>");
            }
            sheet.write(SHEET_END);
            sheet.flush();
            zip.closeEntry();
        }
    }

    /** The start of a real ZIP (its signature and first header), then bytes that are no archive. */
    public static void corruptZip(Path file) throws IOException {
        Path whole = file.resolveSibling(file.getFileName() + ".tmp");
        numberCellWithWords(whole);
        byte[] bytes = Files.readAllBytes(whole);
        Files.delete(whole);
        for (int i = 60; i < bytes.length; i += 7) {
            bytes[i] = (byte) (bytes[i] ^ 0x5A);
        }
        Files.write(file, bytes);
    }

    /**
     * A small workbook with a header and a commune row whose value cell is typed as a number but
     * holds words ("mười hai"), as a hand-edited or badly exported file can: a parser fails on it
     * with whatever exception it happens to throw, which is the point.
     */
    public static void numberCellWithWords(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            packageParts(zip);
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write((SHEET_START
                    + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                    + "<row r=\"2\"><c r=\"A2\"><v>15442</v></c><c r=\"B2\"><v>mười hai</v></c></row>"
                    + SHEET_END).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    /** A CSV whose one cell is 20 MB long. */
    public static void hugeCsvCell(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("Mã xã;Tên xã\n15442;".getBytes(StandardCharsets.UTF_8));
            byte[] block = new byte[1 << 16];
            Arrays.fill(block, (byte) 'x');
            for (int i = 0; i < 320; i++) {
                out.write(block);
            }
            out.write('\n');
        }
    }

    private static final String SHEET_START = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    private static final String SHEET_END = "</sheetData></worksheet>";

    /** The parts every XLSX package has besides its sheet: content types, relationships, the workbook. */
    private static void packageParts(ZipOutputStream zip) throws IOException {
        packageParts(zip, "<si><t>Mã xã</t></si>");
    }

    private static void packageParts(ZipOutputStream zip, String sharedStrings) throws IOException {
        part(zip, "xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" + sharedStrings + "</sst>");
        part(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                + "</Types>");
        part(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        part(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheets><sheet name=\"Báo cáo\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        part(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                + "</Relationships>");
    }

    private static void part(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
