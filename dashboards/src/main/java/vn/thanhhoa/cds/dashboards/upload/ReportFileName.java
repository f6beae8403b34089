package vn.thanhhoa.cds.dashboards.upload;

import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The name an uploaded report is stored under, made from the name the officer's computer sent.
 * That name is untrusted: it may carry a path ({@code C:\Báo cáo\x.xlsx}, {@code ../../etc/x.csv}),
 * control characters or be very long. What is kept is a single safe file name with the
 * Vietnamese letters intact, so the officer still recognises the file in the folder.
 *
 * @param shown  the submitted base name, printable, for messages to the officer
 * @param stem   the safe name without extension
 * @param format the format the extension announces
 */
record ReportFileName(String shown, String stem, ReportFormat format) {

    /** Timestamp first: the connector reads files in name order, so name order is arrival order. */
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss");

    /** File systems allow 255 bytes; leaves room for the 16-byte stamp, a copy number and the extension. */
    private static final int MAX_STEM_BYTES = 200;

    private static final int MAX_SHOWN_CHARS = 80;

    private static final String FALLBACK_STEM = "bao-cao";

    static ReportFileName of(String submitted) throws UploadRefused {
        // Browsers on macOS send decomposed letters (a + combining marks); composed ones keep
        // "Báo cáo" one name however it was typed.
        String base = baseName(Normalizer.normalize(submitted == null ? "" : submitted, Normalizer.Form.NFC)).strip();
        String shown = printable(base);
        ReportFormat format = ReportFormat.of(base).orElseThrow(() -> UploadRefused.unsupportedType(shown));
        String stem = safeStem(base.substring(0, base.length() - format.extension().length()));
        return new ReportFileName(shown, stem, format);
    }

    /** {@code <yyyyMMdd-HHmmss>-<stem>.<ext>} for the first copy, then {@code -2}, {@code -3} before the extension. */
    String storedName(LocalDateTime receivedAt, int copy) {
        return STAMP.format(receivedAt) + "-" + stem + (copy > 1 ? "-" + copy : "") + format.extension();
    }

    /** Whatever follows the last separator of either kind: old browsers send the client's full Windows path. */
    private static String baseName(String name) {
        int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(cut + 1);
    }

    private static String safeStem(String stem) {
        StringBuilder safe = new StringBuilder(stem.length());
        stem.codePoints().forEach(c -> safe.appendCodePoint(isSafe(c) ? c : '_'));
        String collapsed = safe.toString().replaceAll(" {2,}", " ").replaceAll("\\.{2,}", ".");
        // Leading dots would hide the file; trailing dots and spaces vanish on Windows shares.
        String cleaned = truncate(collapsed, MAX_STEM_BYTES).replaceAll("^[ .]+|[ .]+$", "");
        return cleaned.isEmpty() ? FALLBACK_STEM : cleaned;
    }

    /** Letters of any script (with their marks), digits and a few harmless signs; no separators, no controls. */
    private static boolean isSafe(int c) {
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c)
                || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || " -_.()".indexOf(c) >= 0;
    }

    private static String truncate(String text, int maxUtf8Bytes) {
        int bytes = 0;
        int end = 0;
        while (end < text.length()) {
            int c = text.codePointAt(end);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
            if (bytes > maxUtf8Bytes) {
                break;
            }
            end += Character.charCount(c);
        }
        return text.substring(0, end);
    }

    /** Without controls or bidi overrides, which would garble the message and the log line. */
    private static String printable(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints()
                .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .forEach(out::appendCodePoint);
        String text = out.toString();
        if (text.isBlank()) {
            return "(không có tên)";
        }
        return text.codePointCount(0, text.length()) <= MAX_SHOWN_CHARS
                ? text
                : text.substring(0, text.offsetByCodePoints(0, MAX_SHOWN_CHARS)) + "…";
    }
}
