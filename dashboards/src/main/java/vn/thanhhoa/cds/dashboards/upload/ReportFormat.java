package vn.thanhhoa.cds.dashboards.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The two report formats the connector reads, and the cheap check each gets before it is handed
 * over. The connector still reads every file fully and quarantines a bad layout; these checks
 * only catch the common mistakes (an old .xls renamed, a CSV saved in a Windows code page) while
 * the officer is still at the page and can fix them.
 */
enum ReportFormat {

    CSV(".csv") {
        @Override
        void check(Path file, String shownName) throws UploadRefused, IOException {
            // REPORT, not the default REPLACE: a silently replaced byte would turn "Đông Sơn" into
            // "�ông Sơn" and the commune would no longer match the reference list.
            CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            try (Reader reader = new InputStreamReader(Files.newInputStream(file), strict)) {
                char[] sink = new char[8192];
                while (reader.read(sink) >= 0) {
                    // decoding the whole file is the check; the text itself is not needed
                }
            } catch (CharacterCodingException e) {
                throw UploadRefused.notUtf8(shownName);
            }
        }
    },

    XLSX(".xlsx") {
        @Override
        void check(Path file, String shownName) throws UploadRefused, IOException {
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(2);
            }
            // An .xlsx is a ZIP archive; anything else (an .xls, a CSV, an HTML export) was renamed.
            if (head.length < 2 || head[0] != 'P' || head[1] != 'K') {
                throw UploadRefused.notXlsx(shownName);
            }
        }
    };

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    /** The lower-case extension, dot included; stored names always use it (the connector's glob is case-sensitive). */
    String extension() {
        return extension;
    }

    /** The format a file name announces, whatever the case of its extension. */
    static Optional<ReportFormat> of(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (ReportFormat format : values()) {
            if (lower.endsWith(format.extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    abstract void check(Path file, String shownName) throws UploadRefused, IOException;
}
