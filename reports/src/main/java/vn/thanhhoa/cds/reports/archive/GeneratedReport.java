package vn.thanhhoa.cds.reports.archive;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HexFormat;

/**
 * One file of a monthly report as generated.
 *
 * @param reportId  {@code unit-yyyy-MM-format-generatedMillis-sha256prefix}: fixed when the file is made, so a
 *                  retried archive write or delivery refers to the same report, and two files made in the same
 *                  millisecond with different content do not share an id
 * @param unitCode  the parent unit's code, or the province's
 */
public record GeneratedReport(String reportId, String unitCode, String unitName, YearMonth month, ReportFormat format,
                              byte[] content, String sha256, Instant generatedAt, boolean provisional) {

    public static GeneratedReport of(String unitCode, String unitName, YearMonth month, ReportFormat format, byte[] content,
                                     Instant generatedAt, boolean provisional) {
        String sha256 = sha256(content);
        String id = unitCode + "-" + month + "-" + format.extension() + "-" + generatedAt.toEpochMilli() + "-" + sha256.substring(0, 12);
        return new GeneratedReport(id, unitCode, unitName, month, format, content.clone(), sha256, generatedAt, provisional);
    }

    /** The file name a person receives: {@code bao-cao-cds-38-2026-03.pdf}. */
    public String fileName() {
        return "bao-cao-cds-" + unitCode + "-" + month + "." + format.extension();
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
