package vn.thanhhoa.cds.simulators.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the report simulator wrote: the files, every value a correct reader must accept keyed
 * {@code commune|measure|yyyy-MM} (null for a value the report marks missing: a record without a
 * number), how many rows or cells it must reject in each body's reports, and which files it must
 * quarantine.
 */
public record ReportFeed(List<Path> files, Map<String, Double> acceptedValues, Map<String, Integer> rejectedByBody, List<String> quarantinedFiles) {

    /** Rows and cells to reject over all bodies. */
    public int rejectedRows() {
        return rejectedByBody.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Rows and cells to reject in the reports of one body: {@code bank}, {@code telecom} or {@code power}. */
    public int rejected(String body) {
        return rejectedByBody.getOrDefault(body, 0);
    }
}
