package vn.thanhhoa.cds.cli.replay.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.thanhhoa.cds.simulators.document.ExpectedDocument;
import vn.thanhhoa.cds.simulators.periodicreport.PeriodicReportFeed;
import vn.thanhhoa.cds.simulators.task.TaskFeed;

/**
 * The 2026 indicators of the document-management and reporting systems, from their simulators'
 * accounts: item 13 (outgoing, non-secret documents processed on the network and digitally signed,
 * of those issued; on the day promulgated), item 15 (tasks tracked on the system of those assigned
 * and not cancelled; on the day assigned), item 14 (non-secret periodic reports filed on the
 * provincial system of those due; on the due day).
 */
final class QlvbFigures {

    private QlvbFigures() {
    }

    static List<ExpectedFigure> documents(List<ExpectedDocument> documents, VerificationDay day) {
        FlowTally item13 = new FlowTally("13", day);
        for (ExpectedDocument document : documents) {
            boolean issued = document.outgoing() && !document.secret();
            boolean electronic = issued && document.processedElectronically() && document.digitallySigned();
            item13.add(document.communeCode(), document.promulgatedOn(), electronic ? 1 : 0, issued ? 1 : 0);
        }
        return item13.figures();
    }

    static List<ExpectedFigure> tasks(TaskFeed tasks, VerificationDay day) {
        FlowTally item15 = new FlowTally("15", day);
        for (Map.Entry<String, TaskFeed.ExpectedTask> entry : tasks.latest().entrySet()) {
            TaskFeed.ExpectedTask task = entry.getValue();
            boolean assigned = !task.status().equals("HUY");
            item15.add(task.communeCode(), tasks.assignedDays().get(entry.getKey()), assigned && task.trackedOnline() ? 1 : 0, assigned ? 1 : 0);
        }
        return item15.figures();
    }

    static List<ExpectedFigure> periodicReports(PeriodicReportFeed reports, VerificationDay day) {
        FlowTally item14 = new FlowTally("14", day);
        for (Map.Entry<String, PeriodicReportFeed.ExpectedReport> entry : reports.latest().entrySet()) {
            PeriodicReportFeed.ExpectedReport report = entry.getValue();
            boolean required = !report.secret();
            item14.add(report.communeCode(), reports.dueDays().get(entry.getKey()), required && "HE_THONG".equals(report.channel()) ? 1 : 0, required ? 1 : 0);
        }
        return new ArrayList<>(item14.figures());
    }
}
