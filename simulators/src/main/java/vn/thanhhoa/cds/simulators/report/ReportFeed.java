package vn.thanhhoa.cds.simulators.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the report simulator wrote: the files, every value a correct reader must accept keyed
 * {@code commune|measure|yyyy-MM} (null for a value the report marks missing: a record without a
 * number), how many rows or cells it must reject, and which files it must quarantine.
 */
public record ReportFeed(List<Path> files, Map<String, Double> acceptedValues, int rejectedRows, List<String> quarantinedFiles) {
}
