package vn.thanhhoa.cds.cli.replay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The lines of the simulated exports waiting in the source folders ({@code sources/<feed>/in/*.jsonl}):
 * what a replay expects to see on the source topics, each line one record or one dead letter.
 */
public final class ExportLines {

    private ExportLines() {
    }

    public static long under(Path sources) {
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".jsonl") && file.getParent().getFileName().toString().equals("in"))
                    .mapToLong(ExportLines::lines).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("Counting the lines of " + sources + " failed: " + e.getMessage(), e);
        }
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("Counting the lines of " + file + " failed: " + e.getMessage(), e);
        }
    }
}
