package vn.thanhhoa.cds.cli.replay.verify;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import vn.thanhhoa.cds.adminunits.statistics.StatisticsTable;
import vn.thanhhoa.cds.simulators.document.ExpectedDocument;
import vn.thanhhoa.cds.simulators.periodicreport.PeriodicReportFeed;
import vn.thanhhoa.cds.simulators.task.TaskFeed;
import vn.thanhhoa.cds.simulators.tthc.ExpectedDossier;

/**
 * The simulators' own accounts of what a replay fed, each as its simulator wrote it down while
 * writing the feed (no file read back), and the reference statistics the engine divides by. A part
 * that is null was not given: its indicators are listed as not checked.
 *
 * @param reportedValues   monthly reports: {@code commune|measure|yyyy-MM} → the value that must win (null: reported missing)
 * @param declarations     declarations: {@code commune|set|code|year[|yyyy-MM]} → what was declared ({@code giaTri=41}, …)
 */
public record ReplayAccount(Collection<ExpectedDossier> dossiers, List<ExpectedDocument> documents, TaskFeed tasks,
                            PeriodicReportFeed periodicReports, Map<String, Double> reportedValues, Map<String, String> declarations,
                            StatisticsTable statistics) {

    /** An account of dossiers alone. */
    public static ReplayAccount ofDossiers(Collection<ExpectedDossier> dossiers) {
        return new ReplayAccount(dossiers, null, null, null, null, null, null);
    }
}
