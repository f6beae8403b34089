package vn.thanhhoa.cds.connectors.deadletter;

import java.time.Instant;
import vn.thanhhoa.cds.schemas.raw.SourceDeadLetter;

/**
 * Why an input was not accepted and where it was. Becomes a record on the dead-letter topic; the
 * excerpt is masked so that a rejected line does not leak a citizen identifier.
 */
public record Rejection(String file, Long line, String recordId, String field, String reason, String excerpt) {

    private static final int EXCERPT_LENGTH = 300;

    public static Rejection ofLine(String file, long line, String field, String reason, String excerpt) {
        return new Rejection(file, line, null, field, reason, excerpt);
    }

    public static Rejection ofFile(String file, String reason) {
        return new Rejection(file, null, null, null, reason, null);
    }

    public Rejection withRecordId(String id) {
        return new Rejection(file, line, id, field, reason, excerpt);
    }

    public SourceDeadLetter toDeadLetter(String source, String connector, Instant rejectedAt) {
        return SourceDeadLetter.newBuilder()
                .setSource(source)
                .setConnector(connector)
                .setFile(file)
                .setLine(line)
                .setRecordId(recordId)
                .setField(field)
                .setReason(reason)
                .setExcerpt(excerpt == null ? null : mask(excerpt))
                .setRejectedAt(rejectedAt)
                .build();
    }

    /**
     * Replaces every run of 9 or more digits (CMND, CCCD, insurance and phone numbers) and the values
     * of fields that name or locate a person, then shortens.
     */
    static String mask(String text) {
        String masked = text.replaceAll("\\d{9,}", "<số định danh đã ẩn>")
                .replaceAll("\"(ChuHoSo|HO_TEN|SoDienThoai|Email|DIA_CHI|DiaChi)\"\\s*:\\s*\"[^\"]*\"", "\"$1\":\"<đã ẩn>\"");
        return masked.length() <= EXCERPT_LENGTH ? masked : masked.substring(0, EXCERPT_LENGTH) + "…";
    }

    /** "file:line: reason" for logs. */
    public String where() {
        return (file == null ? "" : file) + (line == null ? "" : ":" + line) + (recordId == null ? "" : " [" + recordId + "]");
    }
}
