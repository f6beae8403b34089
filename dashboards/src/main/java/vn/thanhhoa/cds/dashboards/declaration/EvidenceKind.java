package vn.thanhhoa.cds.dashboards.declaration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The kinds of evidence document a declaration takes, each known by its extension and checked by its
 * content: a renamed executable or a photo saved as ".pdf" is refused. Office documents are ZIP
 * archives, so for them the archive must also hold the part that makes it that kind of document.
 */
public enum EvidenceKind {
    PDF("pdf", "application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}, null),
    JPEG("jpg", "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, null),
    PNG("png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, null),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZipSignature.BYTES, "word/document.xml"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZipSignature.BYTES, "xl/workbook.xml"),
    ODT("odt", "application/vnd.oasis.opendocument.text", ZipSignature.BYTES, "content.xml");

    private final String extension;
    private final String contentType;
    private final byte[] signature;
    private final String requiredEntry;

    EvidenceKind(String extension, String contentType, byte[] signature, String requiredEntry) {
        this.extension = extension;
        this.contentType = contentType;
        this.signature = signature;
        this.requiredEntry = requiredEntry;
    }

    /** The kind a file name announces ({@code .jpeg} is a JPEG too), or empty for any other extension. */
    public static Optional<EvidenceKind> ofName(String name) {
        int dot = name == null ? -1 : name.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (extension.equals("jpeg")) {
            return Optional.of(JPEG);
        }
        return Arrays.stream(values()).filter(kind -> kind.extension.equals(extension)).findFirst();
    }

    /** The extension stored files of this kind get, without the dot. */
    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** Whether the file's content is of this kind: its first bytes, and for office documents the part inside the archive. */
    public boolean matches(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(signature.length);
        }
        if (!Arrays.equals(head, signature)) {
            return false;
        }
        if (requiredEntry == null) {
            return true;
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(requiredEntry);
            return entry != null && (this != ODT || isOpenDocumentText(zip));
        } catch (IOException corrupt) {
            return false;
        }
    }

    /** An OpenDocument file names its kind in a first entry called {@code mimetype}; a spreadsheet (.ods) is not a text. */
    private static boolean isOpenDocumentText(ZipFile zip) throws IOException {
        ZipEntry mimetype = zip.getEntry("mimetype");
        if (mimetype == null) {
            return false;
        }
        try (InputStream in = zip.getInputStream(mimetype)) {
            return new String(in.readNBytes(100), java.nio.charset.StandardCharsets.US_ASCII).strip().equals(ODT.contentType);
        }
    }

    /** Every ZIP archive, hence every DOCX, XLSX and ODT, starts with a local file header. */
    private static final class ZipSignature {
        static final byte[] BYTES = {'P', 'K', 3, 4};
    }
}
