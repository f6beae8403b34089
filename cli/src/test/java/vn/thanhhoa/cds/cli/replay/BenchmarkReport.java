package vn.thanhhoa.cds.cli.replay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** A benchmark's report: a table of what was measured, printed as it goes and written as Markdown. */
final class BenchmarkReport {

    private final StringBuilder text = new StringBuilder();

    BenchmarkReport(String title) {
        text.append("# ").append(title).append(" (").append(Instant.now()).append(")\n\n")
                .append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, load average before: ").append(loadAverage())
                .append(", heap allowed: ").append(Runtime.getRuntime().maxMemory() >> 20).append(" MB\n\n")
                .append("| what | figure |\n|---|---|\n");
    }

    void row(String what, String figure) {
        text.append("| ").append(what).append(" | ").append(figure).append(" |\n");
        System.out.println("[benchmark] " + what + ": " + figure);
    }

    void paragraph(String paragraph) {
        text.append("\n").append(paragraph).append("\n");
    }

    /** Writes the report under {@code target/benchmarks}, with the load average at the end. */
    void write(String fileName) {
        text.append("\nLoad average after: ").append(loadAverage()).append("\n");
        Path out = Path.of("target", "benchmarks", fileName);
        try {
            Files.createDirectories(out.getParent());
            Files.writeString(out, text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println(text);
    }

    /** The p-th percentile of sorted figures (nearest rank), -1 when there are none. */
    static long percentile(List<Long> sorted, int p) {
        return sorted.isEmpty() ? -1 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    /** p50 / p95 / p99 / max of sorted delays in milliseconds. */
    static String delays(List<Long> sorted) {
        return "%d / %d / %d / %d ms".formatted(percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), sorted.isEmpty() ? -1 : sorted.getLast());
    }

    /** The benchmark's own data folder under {@code target/benchmarks}, emptied of a previous run's data. */
    static Path freshDirectory(String name) throws IOException {
        Path directory = Path.of("target", "benchmarks", name).toAbsolutePath();
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        return directory;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
