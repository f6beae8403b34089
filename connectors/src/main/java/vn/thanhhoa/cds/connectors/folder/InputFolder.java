package vn.thanhhoa.cds.connectors.folder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

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

    /** Moves the file to the quarantine folder with a {@code .reason.txt} beside it; returns its new path. */
    public Path quarantine(Path file, String reason) throws IOException {
        Files.createDirectories(quarantine);
        Path target = quarantine.resolve(file.getFileName());
        Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(quarantine.resolve(file.getFileName() + ".reason.txt"), reason + System.lineSeparator());
        return target;
    }
}
