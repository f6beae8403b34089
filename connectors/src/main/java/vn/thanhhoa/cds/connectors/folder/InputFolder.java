package vn.thanhhoa.cds.connectors.folder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import vn.thanhhoa.cds.connectors.privacy.IdentifierMask;

/**
 * A watched folder of export files. Files are read in name order (exports are named by date);
 * a file that is not text at all is moved to the quarantine folder with a note of why.
 */
public final class InputFolder {

    private static final int SNIFF_BYTES = 4096;

    private final Path directory;
    private final Path quarantine;
    private final String glob;

    public InputFolder(Path directory, Path quarantine, String glob) {
        this.directory = directory;
        this.quarantine = quarantine;
        this.glob = glob;
    }

    /** The files present now, in name order. */
    public List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, glob)) {
            for (Path file : stream) {
                if (Files.isRegularFile(file)) {
                    files.add(file);
                }
            }
        }
        files.sort(null);
        return files;
    }

    /** Why the file cannot be read as a text export at all, or null when it looks like text. */
    public String unreadableReason(Path file) throws IOException {
        if (Files.size(file) == 0) {
            return "the file is empty (0 bytes)";
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        }
        if (head.length >= 2 && head[0] == 'P' && head[1] == 'K') {
            return "the file is a ZIP/XLSX archive, not a text export";
        }
        for (byte b : head) {
            if (b == 0) {
                return "the file holds binary data (NUL bytes), not a text export";
            }
        }
        return null;
    }

    /**
     * Moves the file to the quarantine folder with a {@code .reason.txt} beside it (the reason
     * masked: a parser's message may quote the file's content). Returns false, leaving the file
     * where it is, when the move is impossible (a read-only folder, a file already gone): the
     * caller has set the file aside for this run either way, and a quarantine that cannot be
     * written must not stop the source.
     */
    public boolean quarantineOrKeep(Path file, String reason) {
        try {
            Files.createDirectories(quarantine);
            Files.writeString(quarantine.resolve(file.getFileName() + ".reason.txt"), IdentifierMask.mask(reason) + System.lineSeparator());
            Files.move(file, quarantine.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
