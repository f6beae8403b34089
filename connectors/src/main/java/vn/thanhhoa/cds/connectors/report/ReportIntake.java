package vn.thanhhoa.cds.connectors.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.thanhhoa.cds.connectors.report.ReportTable.UnreadableReport;

/**
 * What a report task makes of each file, and what it remembers between files (Kafka-free, so a test
 * reads a folder of reports exactly as the task does). Files are read in the folder's order, which
 * for uploads is the order of arrival ({@code <yyyyMMdd-HHmmss>-<name>}); a restarted task reads the
 * same files again in the same order (handing on only what its offsets do not cover), so what it
 * remembers is rebuilt the same.
 *
 * <p>Values that look wrong are flagged, not refused ({@link ReportPlausibility}): each row's findings
 * follow its values.
 *
 * <p>A file for a reporter and month already received is a correction: each of its records names
 * the file it replaces, and, keyed like the earlier ones, wins for every commune and measure it
 * contains (a commune it leaves out keeps the earlier file's values).
 */
public final class ReportIntake {

    /** A file read: its layout and what each data row gave. */
    public record Read(ReportLayout layout, String reporterKey, String replaces, List<ReportRowMapping.RowResult> rows) {
    }

    private final ReportFileCheck check;
    private final ReportRowMapping mapping;
    private final ReportPlausibility plausibility;
    private final String body;
    /** reporter|month → the last file read for it. */
    private final Map<String, String> received = new HashMap<>();

    /**
     * @param body      the reporting body's name, the reporter of a file that names none ({@code telecom})
     * @param connector the connector's name in findings
     */
    public ReportIntake(ReportFileCheck check, ReportRowMapping mapping, ReportMeasures measures, String body, String connector, java.time.Clock clock) {
        this.check = check;
        this.mapping = mapping;
        this.plausibility = new ReportPlausibility(measures, body, connector, clock);
        this.body = body;
    }

    public Read read(Path file, String name) throws UnreadableReport, IOException {
        ReportFileCheck.ReadReport report = check.check(file, name);
        ReportLayout layout = report.layout();
        String reporter = reporterKey(layout.reporter());
        String bodyMonth = reporter + "|" + layout.period();
        String replaces = received.get(bodyMonth);
        if (name.equals(replaces)) {
            replaces = null; // the same file met again (a task restarted within one run of the intake)
        }
        List<ReportRowMapping.RowResult> rows = plausibility.check(name, layout.period(), reporter,
                mapping.map(report.table(), layout, report.conventions(), replaces));
        received.put(bodyMonth, name);
        return new Read(layout, reporter, replaces, rows);
    }

    /** The reporter as named in the file, compared as people read it; the body when the file names none. */
    public String reporterKey(String reporter) {
        return reporter == null || reporter.isBlank() ? body : ReportLayout.normalise(reporter);
    }
}
