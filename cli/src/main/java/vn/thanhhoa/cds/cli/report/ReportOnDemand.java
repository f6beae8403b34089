package vn.thanhhoa.cds.cli.report;

import java.time.YearMonth;
import java.util.List;
import java.util.function.Supplier;
import vn.thanhhoa.cds.dashboards.archive.MonthlyReportMaking;
import vn.thanhhoa.cds.reports.archive.GeneratedReport;
import vn.thanhhoa.cds.reports.generation.MonthlyReportRun;
import vn.thanhhoa.cds.reports.monthly.ReportMonth;

/**
 * The dashboard's "Lập báo cáo" given the reports module's run: made and archived, not sent. The run
 * is supplied late because the demo starts the reports service after the dashboard (its links need
 * the dashboard's address).
 */
public final class ReportOnDemand implements MonthlyReportMaking {

    private final Supplier<MonthlyReportRun> run;

    public ReportOnDemand(Supplier<MonthlyReportRun> run) {
        this.run = run;
    }

    @Override
    public List<String> make(String unit, YearMonth month) {
        MonthlyReportRun current = run.get();
        if (current == null) {
            throw new IllegalArgumentException("the reports service is still starting; try again in a moment");
        }
        return current.runWithoutDelivery(unit, new ReportMonth(month)).stream().map(GeneratedReport::reportId).toList();
    }
}
