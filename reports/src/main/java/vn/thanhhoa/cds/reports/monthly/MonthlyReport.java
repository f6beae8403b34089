package vn.thanhhoa.cds.reports.monthly;

import java.time.Instant;
import java.util.List;

/**
 * A monthly report's content, whatever it is written as (PDF, XLSX).
 *
 * @param cutoff      only computations made before this instant are in it
 * @param provisional the month was not over when the report was made
 */
public record MonthlyReport(ReportScope scope, ReportMonth month, String indicatorSet, String indicatorSetTitle,
                            Instant generatedAt, Instant cutoff, boolean provisional, List<CommuneSection> communes,
                            List<PillarShare> pillarShares, List<TrendSeries> trends) {

    public MonthlyReport {
        communes = List.copyOf(communes);
        pillarShares = List.copyOf(pillarShares);
        trends = List.copyOf(trends);
    }

    public long communesBelowTarget() {
        return communes.stream().filter(CommuneSection::belowTarget).count();
    }
}
