package vn.thanhhoa.cds.reports.monthly;

import java.util.List;
import java.util.Optional;

/** A commune's part of a monthly report: its indicators, how many it meets, its points. */
public record CommuneSection(String code, String name, List<IndicatorLine> lines) {

    public CommuneSection {
        lines = List.copyOf(lines);
    }

    public long met() {
        return count(ReportStatus.MET);
    }

    public long below() {
        return count(ReportStatus.BELOW);
    }

    public long atRisk() {
        return count(ReportStatus.AT_RISK);
    }

    public long withoutData() {
        return count(ReportStatus.NO_DATA);
    }

    /** The indicators assigned to the commune this year (those that apply). */
    public long assigned() {
        return lines.size() - count(ReportStatus.NOT_APPLICABLE);
    }

    /** Points of the scored items, when any has points. */
    public Optional<Double> points() {
        List<Double> points = lines.stream().flatMap(line -> line.points().stream()).toList();
        return points.isEmpty() ? Optional.empty() : Optional.of(points.stream().mapToDouble(Double::doubleValue).sum());
    }

    /** Below target on at least one indicator: the report highlights it. */
    public boolean belowTarget() {
        return below() > 0;
    }

    private long count(ReportStatus status) {
        return lines.stream().filter(line -> line.status() == status).count();
    }
}
