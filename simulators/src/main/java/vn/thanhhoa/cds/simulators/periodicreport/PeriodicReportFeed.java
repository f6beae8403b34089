package vn.thanhhoa.cds.simulators.periodicreport;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the periodic-report simulator wrote: the files, the final state of every report obligation
 * (by report id), how many lines a correct reader accepts, and the rejected lines by fault; and each
 * report's due day (hanNop, by report id), which places it in an indicator's window.
 */
public record PeriodicReportFeed(List<Path> files, Map<String, ExpectedReport> latest, long acceptedLines, Map<String, Integer> rejectedLinesByFault,
                                 Map<String, LocalDate> dueDays) {

    /** A report's final state: its commune, the filing channel as exported (null: not filed), whether it is secret. */
    public record ExpectedReport(String communeCode, String channel, boolean secret) {
    }

    public int rejectedLines() {
        return rejectedLinesByFault.values().stream().mapToInt(Integer::intValue).sum();
    }
}
