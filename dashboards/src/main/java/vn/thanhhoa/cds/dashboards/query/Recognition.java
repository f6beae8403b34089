package vn.thanhhoa.cds.dashboards.query;

import java.time.LocalDate;
import java.util.List;

/** The engine's recognition outlook of a commune for a year (seed 000: every indicator met and ≥ 70 % of the points). */
public record Recognition(LocalDate asOf, int assigned, int met, double points, double pointsMax, boolean recognised, List<String> blocking) {}
