package vn.thanhhoa.cds.dashboards.declaration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The evidence documents of declarations, kept for good. A document is stored under its commune
 * and year by the SHA-256 of its content ({@code 14758/2026/sha256-<hex>.pdf}), so a stored file is
 * never overwritten by another: the same name can only ever hold the same bytes. Each is written
 * to a hidden staging folder first, forced to disk, and renamed into place once its declaration is
 * accepted.
 */
public final class EvidenceStore {

    private static final Logger LOG = LoggerFactory.getLogger(EvidenceStore.class);
    private static final int CHUNK = 64 * 1024;
    private static final int MAX_TITLE_CHARS = 200;
    private static final String STAGING = ".dang-nhan";
    /** A reference as this store makes them; anything else asked for is not one of its files. */
    private static final Pattern REFERENCE = Pattern.compile("(\\d{5})/(\\d{4})/sha256-[0-9a-f]{64}\\.(pdf|jpg|png|docx|xlsx|odt)");

    private final Path root;
    private final long maxBytes;

    /**
     * @param root     the store's folder, created if missing
     * @param maxBytes the largest document taken
     */
    public EvidenceStore(Path root, long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("The evidence size limit must be at least 1 byte, was " + maxBytes + ".");
        }
        try {
            Files.createDirectories(root.resolve(STAGING));
        } catch (IOException e) {
            throw new IllegalArgumentException("The evidence folder " + root + " cannot be created: " + e.getMessage(), e);
        }
        this.root = root;
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Receives one document for a commune's declaration of a year: copies at most the limit into the
     * staging folder, forces it to disk, and checks that its content is what its extension says.
     *
     * @param name  the name the officer's computer sent
     * @param title the officer's title; the file's name when blank
     * @throws DeclarationRefused an extension not taken, an empty or too large file, content of another kind;
     *                            nothing is left behind then
     */
    public StagedEvidence stage(String commune, int year, String name, String title, InputStream content) throws DeclarationRefused, IOException {
        String shown = baseName(name);
        EvidenceKind kind = EvidenceKind.ofName(shown).orElseThrow(() -> DeclarationRefused.unsupportedEvidence(shown));
        Path part = root.resolve(STAGING).resolve(UUID.randomUUID() + ".part");
        boolean kept = false;
        try {
            MessageDigest sha256 = sha256();
            long bytes = write(content, part, sha256, shown);
            if (bytes == 0) {
                throw DeclarationRefused.emptyEvidence(shown);
            }
            if (!kind.matches(part)) {
                throw DeclarationRefused.evidenceNotWhatItSays(shown, kind);
            }
            String reference = commune + "/" + year + "/sha256-" + HexFormat.of().formatHex(sha256.digest()) + "." + kind.extension();
            if (!REFERENCE.matcher(reference).matches()) {
                throw new IllegalArgumentException("not a commune code and year: " + commune + ", " + year);
            }
            String given = title == null ? "" : printable(title).strip();
            kept = true;
            return new StagedEvidence(part, reference, given.isEmpty() ? shown : shorten(given), kind, bytes);
        } finally {
            if (!kept) {
                Files.deleteIfExists(part);
            }
        }
    }

    /** Moves a staged document into its place, unless the same content is there already; returns where it is. */
    public Path keep(StagedEvidence staged) throws IOException {
        Path target = root.resolve(staged.reference());
        Files.createDirectories(target.getParent());
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Files.deleteIfExists(staged.part());
            return target;
        }
        try {
            Files.move(staged.part(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException sameContentRaced) {
            Files.deleteIfExists(staged.part());
        }
        syncDirectory(target.getParent());
        LOG.info("Kept evidence {} ({} bytes)", staged.reference(), staged.bytes());
        return target;
    }

    /** Drops a staged document whose declaration was refused. */
    public void discard(StagedEvidence staged) throws IOException {
        Files.deleteIfExists(staged.part());
    }

    /** A kept document by its reference, with the commune it belongs to; empty when it is not one of this store's. */
    public Optional<Kept> find(String reference) {
        var matcher = reference == null ? null : REFERENCE.matcher(reference);
        if (matcher == null || !matcher.matches()) {
            return Optional.empty();
        }
        Path file = root.resolve(reference);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        return Optional.of(new Kept(file, matcher.group(1), EvidenceKind.ofName(reference).orElseThrow()));
    }

    /** A kept document: its file, the commune whose declaration it backs, and its kind. */
    public record Kept(Path file, String commune, EvidenceKind kind) {
    }

    /** The commune a reference belongs to, read from its form, whether or not the file exists. */
    public static Optional<String> communeOf(String reference) {
        var matcher = reference == null ? null : REFERENCE.matcher(reference);
        return matcher != null && matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private long write(InputStream content, Path part, MessageDigest sha256, String shown) throws DeclarationRefused, IOException {
        try (FileChannel out = FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            byte[] chunk = new byte[CHUNK];
            long total = 0;
            int read;
            while ((read = content.read(chunk)) >= 0) {
                total += read;
                if (total > maxBytes) {
                    throw DeclarationRefused.evidenceTooLarge(shown, maxBytes);
                }
                sha256.update(chunk, 0, read);
                ByteBuffer buffer = ByteBuffer.wrap(chunk, 0, read);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
            }
            out.force(true);
            return total;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Whatever follows the last separator of either kind: old browsers send the client's full Windows path. */
    private static String baseName(String name) {
        String given = name == null ? "" : java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC);
        return printable(given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1)).strip();
    }

    /** Without controls or bidi overrides, which would garble the page and the log line. */
    private static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static String shorten(String title) {
        return title.length() <= MAX_TITLE_CHARS ? title : title.substring(0, MAX_TITLE_CHARS);
    }

    /** The rename itself survives a power cut only once the folder's entry is on disk. */
    static void syncDirectory(Path folder) {
        try (FileChannel directory = FileChannel.open(folder, StandardOpenOption.READ)) {
            directory.force(true);
        } catch (IOException notSupported) {
            LOG.debug("Cannot sync directory {}: {}", folder, notSupported.toString());
        }
    }
}
