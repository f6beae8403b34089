package vn.thanhhoa.cds.dashboards.archive;

import java.security.MessageDigest;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.thanhhoa.cds.store.ClickHouseValues;

/** Rows of {@code report_archive} and {@code delivery_attempt} written the way the reports module writes them, with the SHA-256 computed here. */
public final class ArchiveRows {

    private ArchiveRows() {
    }

    public static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** The reports module's id: unit-yyyy-MM-format-millis-sha256prefix. */
    public static String id(String unit, YearMonth month, String format, Instant at, byte[] bytes) throws Exception {
        return unit + "-" + month + "-" + format + "-" + at.toEpochMilli() + "-" + sha256(bytes).substring(0, 12);
    }

    /** @param path the file holding the bytes, or null to keep them in the row */
    public static Map<String, Object> report(String unit, YearMonth month, String format, Instant at, byte[] bytes, String path, boolean provisional)
            throws Exception {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("report_id", id(unit, month, format, at, bytes));
        row.put("unit_code", unit);
        row.put("month", month.atDay(1).toString());
        row.put("format", format);
        row.put("file_path", path == null ? "" : path);
        row.put("content", path == null ? Base64.getEncoder().encodeToString(bytes) : "");
        row.put("size_bytes", bytes.length);
        row.put("sha256", sha256(bytes));
        row.put("generated_at", ClickHouseValues.dateTime64(at.toEpochMilli()));
        row.put("provisional", provisional);
        return row;
    }

    public static Map<String, Object> attempt(String kind, String subject, String channel, String recipient, int attempt, String outcome, String error,
                                       Instant at) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("subject_kind", kind);
        row.put("subject_id", subject);
        row.put("channel", channel);
        row.put("recipient", recipient);
        row.put("attempt", attempt);
        row.put("outcome", outcome);
        row.put("error", error);
        row.put("attempted_at", ClickHouseValues.dateTime64(at.toEpochMilli()));
        return row;
    }
}
