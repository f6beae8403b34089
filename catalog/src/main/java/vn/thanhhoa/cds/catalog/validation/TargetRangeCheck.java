package vn.thanhhoa.cds.catalog.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.thanhhoa.cds.catalog.Catalog;
import vn.thanhhoa.cds.catalog.indicator.Indicator;
import vn.thanhhoa.cds.catalog.target.Assignment;
import vn.thanhhoa.cds.catalog.target.Operator;
import vn.thanhhoa.cds.catalog.target.Target;
import vn.thanhhoa.cds.schemas.data.DataFinding;

/** A target must lie in its unit's range: a percentage in 0–100, anything else not negative. */
final class TargetRangeCheck implements CatalogCheck {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public List<DataFinding> check(Catalog catalog) {
        List<DataFinding> findings = new ArrayList<>();
        for (Scope scope : Scope.all(catalog)) {
            Indicator indicator = scope.indicator();
            indicator.targets().forEach((year, target) -> check(indicator, year, target, findings));
        }
        for (Assignment assignment : catalog.assignments()) {
            catalog.set(assignment.setId()).ifPresent(set -> assignment.overrides().forEach(o ->
                    set.indicator(o.code()).ifPresent(i -> check(assignment.effective(i, o.year()), o.year(), o.target(), findings))));
        }
        return findings;
    }

    private void check(Indicator indicator, int year, Target target, List<DataFinding> findings) {
        if (!target.operator().isNumeric()) {
            return;
        }
        String field = Findings.field(indicator, "target " + year);
        boolean percent = "%".equals(indicator.unit());
        for (BigDecimal value : List.of(target.value().orElseThrow(), target.upper().orElse(target.value().orElseThrow()))) {
            if (value.signum() < 0) {
                findings.add(Findings.error(target.origin(), field,
                        "target " + Findings.number(value) + " is negative; no " + indicator.unit() + " can be"));
                return;
            }
            if (percent && value.compareTo(HUNDRED) > 0) {
                findings.add(Findings.error(target.origin(), field,
                        "target " + Findings.number(value) + "% is outside the range of a percentage (0–100)"));
                return;
            }
        }
        if (target.operator() == Operator.BETWEEN && target.value().orElseThrow().compareTo(target.upper().orElseThrow()) > 0) {
            findings.add(Findings.error(target.origin(), field, "range " + target.formatted() + " has its bounds reversed"));
        }
    }
}
