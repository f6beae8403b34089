package vn.thanhhoa.cds.dashboards.upload;

import java.io.ByteArrayInputStream;
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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes monthly reports (CSV or XLSX) uploaded for a reporting body and puts them into that body's
 * watched folder, where the report connector reads every {@code *.csv} and {@code *.xlsx}.
 *
 * <p>The connector must never see a half-written file, so a report is written under a name it
 * ignores ({@code .upload-<random>.part}), flushed to disk and only then renamed atomically to
 * {@code <yyyyMMdd-HHmmss>-<original name>}. The timestamp (Vietnam time) makes name order, which
 * is the connector's reading order, the order of arrival. An existing file is never replaced.
 *
 * <p>Immutable and safe to share between request threads.
 */
public final class ReportInbox {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final Logger LOG = LoggerFactory.getLogger(ReportInbox.class);
    private static final int CHUNK = 64 * 1024;

    private final Map<String, Path> folders;
    private final long maxBytes;
    private final Clock clock;
    private final ReportContentCheck contentCheck;
    /**
     * Held while a free name is chosen and taken: ATOMIC_MOVE replaces an existing target on Linux,
     * so two uploads of one name in one second must not both find it free. This covers one JVM;
     * other writers of the folder use names without our timestamp prefix.
     */
    private final Object naming = new Object();

    /**
     * @param folders  reporting body code (e.g. {@code BANK}) → the folder its connector watches;
     *                 the order given is the order {@link #bodies()} lists them in
     * @param maxBytes the largest report accepted, in bytes
     * @param clock    the time of arrival, read in Vietnam time whatever the clock's zone
     */
    public ReportInbox(Map<String, Path> folders, long maxBytes, Clock clock) {
        this(folders, maxBytes, clock, ReportContentCheck.NONE);
    }

    /**
     * As {@link #ReportInbox(Map, long, Clock)}, reading each upload with {@code contentCheck}
     * before it is stored.
     */
    public ReportInbox(Map<String, Path> folders, long maxBytes, Clock clock, ReportContentCheck contentCheck) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, not " + maxBytes);
        }
        Map<String, Path> copy = new LinkedHashMap<>();
        folders.forEach((code, folder) -> {
            if (code == null || code.isBlank() || folder == null) {
                throw new IllegalArgumentException("a reporting body needs a code and a folder: " + code + " → " + folder);
            }
            copy.put(code, folder.toAbsolutePath().normalize());
        });
        this.folders = Collections.unmodifiableMap(copy);
        this.maxBytes = maxBytes;
        this.clock = clock;
        this.contentCheck = contentCheck;
    }

    /** As {@link #ReportInbox(Map, long, Clock)} with the system clock. */
    public ReportInbox(Map<String, Path> folders, long maxBytes) {
        this(folders, maxBytes, Clock.system(VIETNAM));
    }

    /** As {@link #ReportInbox(Map, long, Clock, ReportContentCheck)} with the system clock. */
    public ReportInbox(Map<String, Path> folders, long maxBytes, ReportContentCheck contentCheck) {
        this(folders, maxBytes, Clock.system(VIETNAM), contentCheck);
    }

    /** The reporting body codes accepted, in the order given. */
    public List<String> bodies() {
        return List.copyOf(folders.keySet());
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** As {@link #accept(String, String, InputStream)} for a report already in memory. */
    public StoredReport accept(String body, String originalName, byte[] content) throws UploadRefused, IOException {
        return accept(body, originalName, new ByteArrayInputStream(content));
    }

    /**
     * Stores one report in the folder of {@code body}. Reads {@code content} to its end or until it
     * passes the limit; does not close it.
     *
     * @throws UploadRefused when the body is unknown, the name is not .csv/.xlsx, the file is
     *                       empty or too large, or its content is not what its extension says;
     *                       nothing is left in the folder then
     * @throws IOException   when the folder cannot be written
     */
    public StoredReport accept(String body, String originalName, InputStream content) throws UploadRefused, IOException {
        Path folder = folderOf(body);
        ReportFileName name = ReportFileName.of(originalName);
        Instant receivedAt = clock.instant();
        Path part = folder.resolve(".upload-" + UUID.randomUUID() + ".part");
        try {
            long bytes = write(content, part);
            if (bytes == 0) {
                throw UploadRefused.empty(name.shown());
            }
            // The content check first: it is the connector's own reader and says more (a CSV in
            // another encoding is named with the encoding it most likely is); the format check
            // still guards an inbox that has no content check.
            var refusal = contentCheck.refusal(body, part, name.shown());
            if (refusal.isPresent()) {
                throw UploadRefused.unreadable(name.shown(), refusal.get());
            }
            name.format().check(part, name.shown());
            String storedName = publish(part, folder, name, LocalDateTime.ofInstant(receivedAt, VIETNAM));
            LOG.info("Accepted {} report {} ({} bytes)", body, storedName, bytes);
            return new StoredReport(body, storedName, bytes, receivedAt);
        } finally {
            // After a refusal or a failure; after success the part has become the report.
            Files.deleteIfExists(part);
        }
    }

    private Path folderOf(String body) throws UploadRefused {
        if (body == null || body.isBlank()) {
            throw UploadRefused.noBody();
        }
        Path folder = folders.get(body);
        if (folder == null) {
            throw UploadRefused.unknownBody(body, folders.keySet());
        }
        return folder;
    }

    /** Copies at most {@code maxBytes} to {@code part} and forces it to disk; refuses at the first byte beyond. */
    private long write(InputStream content, Path part) throws UploadRefused, IOException {
        // CREATE_NEW, not createTempFile: the latter makes the file owner-only, and the connector may
        // run as another user.
        try (FileChannel out = FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            byte[] chunk = new byte[CHUNK];
            long total = 0;
            int read;
            while ((read = content.read(chunk)) >= 0) {
                total += read;
                if (total > maxBytes) {
                    throw UploadRefused.tooLarge(maxBytes);
                }
                ByteBuffer buffer = ByteBuffer.wrap(chunk, 0, read);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
            }
            out.force(true);
            return total;
        }
    }

    /** Renames the finished part to the first free stored name; returns that name. */
    private String publish(Path part, Path folder, ReportFileName name, LocalDateTime receivedAt) throws IOException {
        synchronized (naming) {
            for (int copy = 1; ; copy++) {
                String storedName = name.storedName(receivedAt, copy);
                Path target = folder.resolve(storedName);
                if (!folder.equals(target.getParent())) {
                    // ReportFileName keeps separators out; this is the last guard should that ever break.
                    throw new IllegalStateException("stored name " + storedName + " leaves " + folder);
                }
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                try {
                    Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException raced) {
                    continue; // a platform that refuses to replace: someone else took it, try the next
                }
                syncDirectory(folder);
                return storedName;
            }
        }
    }

    /** The rename itself survives a power cut only once the folder's entry is on disk. */
    private static void syncDirectory(Path folder) {
        try (FileChannel directory = FileChannel.open(folder, StandardOpenOption.READ)) {
            directory.force(true);
        } catch (IOException notSupported) {
            // Some platforms (Windows) cannot open a directory; the file itself is already on disk.
            LOG.debug("Cannot sync directory {}: {}", folder, notSupported.toString());
        }
    }
}
