package vn.thanhhoa.cds.simulators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Export files as source systems write them: one JSON Lines file per month, named so that name order is time order. */
public final class MonthlyExportFiles {

    private MonthlyExportFiles() {
    }

    /** Writes {@code <prefix>-<yyyy-MM>.jsonl} per month; returns the files in month order. */
    public static List<Path> write(Path directory, String prefix, Map<YearMonth, List<String>> linesByMonth) {
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            for (Map.Entry<YearMonth, List<String>> month : new java.util.TreeMap<>(linesByMonth).entrySet()) {
                Path file = directory.resolve(prefix + "-" + month.getKey() + ".jsonl");
                Files.write(file, month.getValue(), StandardCharsets.UTF_8);
                files.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
