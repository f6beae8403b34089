package vn.thanhhoa.cds.dashboards.declaration;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The declaration connector's watched folder, seen from the dashboard: each accepted declaration
 * becomes one file of one JSON line. It is written as a hidden {@code .khai-bao-<random>.part}
 * (which the connector's {@code *.jsonl} pattern does not match), forced to disk and renamed to
 * {@code <yyyyMMdd-HHmmss>-<commune>-<random>.jsonl}, so the connector never sees half a line, and
 * a new name every time, so no file is ever replaced. Before that, the line is read by the
 * {@link DeclarationCheck} the dashboard was given.
 */
public final class DeclarationInbox {

    private static final Logger LOG = LoggerFactory.getLogger(DeclarationInbox.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss");

    private final Path folder;
    private final DeclarationCheck check;

    public DeclarationInbox(Path folder, DeclarationCheck check) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("The declaration folder " + folder + " does not exist or is not a folder.");
        }
        this.folder = folder;
        this.check = check;
    }

    public Path folder() {
        return folder;
    }

    /** Why the connector would refuse this declaration, in Vietnamese; empty when it would take it. */
    public Optional<String> refusal(NewDeclaration declaration) {
        return check.refusal(declaration.line());
    }

    /**
     * Puts the declaration's line into the folder; returns the file's name. Call {@link #refusal}
     * first: this method writes what it is given.
     */
    public String put(NewDeclaration declaration) throws IOException {
        String random = UUID.randomUUID().toString();
        Path part = folder.resolve(".khai-bao-" + random + ".part");
        String name = STAMP.format(LocalDateTime.ofInstant(declaration.declaredAt().toInstant(), declaration.declaredAt().getOffset()))
                + "-" + declaration.commune() + "-" + random + ".jsonl";
        try {
            try (FileChannel out = FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap((declaration.line() + "\n").getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
                out.force(true);
            }
            Files.move(part, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            EvidenceStore.syncDirectory(folder);
            LOG.info("Declaration of {} {}/{} {} by {} put as {}", declaration.commune(), declaration.set(), declaration.code(), declaration.year(),
                    declaration.declaredBy(), name);
            return name;
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
