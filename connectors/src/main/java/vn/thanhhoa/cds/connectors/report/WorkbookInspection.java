package vn.thanhhoa.cds.connectors.report;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import vn.thanhhoa.cds.connectors.report.ReportTable.UnreadableReport;

/**
 * Inflates a workbook once, as a stream, before it is parsed: an XLSX is a ZIP of XML parts, and
 * what a parser would build in memory is proportional to the inflated size, not to the file size.
 * Counts the bytes of every part and the rows of the worksheets, and stops at the first limit
 * passed, so that a small file that expands to hundreds of megabytes or holds a million rows is
 * refused after reading at most the limit. A ZIP that is corrupt fails here too, with its reason.
 */
final class WorkbookInspection {

    private static final byte[] ROW_TAG = "row".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private WorkbookInspection() {
    }

    static void check(Path file, ReportLimits limits) throws UnreadableReport, IOException {
        long inflated = 0;
        long rows = 0;
        boolean anyEntry = false;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                anyEntry = true;
                boolean worksheet = entry.getName().startsWith("xl/worksheets/") && entry.getName().endsWith(".xml");
                RowCounter counter = new RowCounter();
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    inflated += read;
                    if (inflated > limits.maxExpandedBytes()) {
                        throw new UnreadableReport("the workbook expands to more than " + megabytes(limits.maxExpandedBytes())
                                + " when unpacked (part " + entry.getName() + "); a monthly report is far smaller, so it is not read",
                                "Bảng tính giải nén ra hơn " + megabytes(limits.maxExpandedBytes())
                                        + ", lớn hơn rất nhiều so với một báo cáo tháng nên không được đọc.");
                    }
                    if (worksheet) {
                        rows += counter.count(buffer, read);
                        if (rows > limits.maxRows()) {
                            throw tooManyRows(limits);
                        }
                    }
                }
            }
        } catch (ZipException | IllegalArgumentException e) {
            // IllegalArgumentException: an entry name that is not valid in the ZIP's encoding.
            throw new UnreadableReport("the file is not a readable XLSX workbook: the ZIP archive is corrupt (" + e.getMessage() + ")",
                    "Tệp .xlsx bị hỏng (không giải nén được), hãy lưu lại bảng tính rồi gửi lại.");
        } catch (java.io.EOFException e) {
            throw new UnreadableReport("the file is not a readable XLSX workbook: the ZIP archive is cut short",
                    "Tệp .xlsx bị cắt cụt (tải lên hoặc sao chép chưa hết), hãy gửi lại tệp đầy đủ.");
        }
        if (!anyEntry) {
            throw new UnreadableReport("the file is not a readable XLSX workbook: the ZIP archive holds nothing",
                    "Tệp .xlsx không chứa dữ liệu bảng tính.");
        }
    }

    static UnreadableReport tooManyRows(ReportLimits limits) {
        return new UnreadableReport("the report has more than " + limits.maxRows() + " rows; a monthly report has one row per commune, so it is not read",
                "Báo cáo có hơn " + limits.maxRows() + " dòng, trong khi báo cáo tháng chỉ có một dòng cho mỗi xã, nên không được đọc.");
    }

    private static String megabytes(long bytes) {
        return (bytes >> 20) + " MB";
    }

    /** Counts "<row" start tags (with or without a namespace prefix) across buffer boundaries. */
    private static final class RowCounter {
        private int matched;   // how many bytes of "row" matched so far, after '<' or ':'
        private byte previous;

        long count(byte[] bytes, int length) {
            long rows = 0;
            for (int i = 0; i < length; i++) {
                byte b = bytes[i];
                if (matched == ROW_TAG.length) {
                    if (b == ' ' || b == '>' || b == '/' || b == '\t' || b == '\n' || b == '\r') {
                        rows++;
                    }
                    matched = 0;
                }
                if (matched > 0 && b == ROW_TAG[matched]) {
                    matched++;
                } else {
                    matched = (previous == '<' || previous == ':') && b == ROW_TAG[0] ? 1 : 0;
                }
                previous = b;
            }
            return rows;
        }
    }
}
