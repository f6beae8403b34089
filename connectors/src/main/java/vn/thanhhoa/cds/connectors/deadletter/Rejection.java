package vn.thanhhoa.cds.connectors.deadletter;

import java.time.Instant;
import vn.thanhhoa.cds.connectors.privacy.IdentifierMask;
import vn.thanhhoa.cds.schemas.raw.SourceDeadLetter;

/**
 * Why an input was not accepted and where it was. Becomes a record on the dead-letter topic; the
 * excerpt, the reason and the record id are masked ({@link IdentifierMask}) so that a rejected line
 * does not leak a citizen identifier.
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
                .setRecordId(IdentifierMask.mask(recordId))
                .setField(field)
                .setReason(IdentifierMask.mask(reason))
                .setExcerpt(excerpt == null ? null : shorten(IdentifierMask.mask(excerpt)))
                .setRejectedAt(rejectedAt)
                .build();
    }

    /** Masked first, so that shortening cannot cut an identifier in two and leave half of it unmasked. */
    private static String shorten(String masked) {
        return masked.length() <= EXCERPT_LENGTH ? masked : masked.substring(0, EXCERPT_LENGTH) + "…";
    }

    /** "file:line [record]" for logs, masked like the dead letter. */
    public String where() {
        return (file == null ? "" : file) + (line == null ? "" : ":" + line) + (recordId == null ? "" : " [" + IdentifierMask.mask(recordId) + "]");
    }
}
