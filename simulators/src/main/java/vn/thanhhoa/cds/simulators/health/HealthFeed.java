package vn.thanhhoa.cds.simulators.health;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the health simulator wrote: the files, the people with a record per commune (the measure the
 * 2023–2025 and 2026 sets both use), how many lines a correct reader accepts, how many it rejects by
 * fault, and every raw identity number it used, in every form it typed it (to prove none leaks).
 */
public record HealthFeed(List<Path> files, Map<String, Integer> peopleWithRecordByCommune, long acceptedLines,
                         Map<String, Integer> rejectedLinesByFault, List<String> identityNumbers) {

    public int rejectedLines() {
        return rejectedLinesByFault.values().stream().mapToInt(Integer::intValue).sum();
    }
}
