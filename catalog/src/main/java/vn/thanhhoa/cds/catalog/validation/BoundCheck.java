package vn.thanhhoa.cds.catalog.validation;

import java.util.ArrayList;
import java.util.List;
import vn.thanhhoa.cds.catalog.Catalog;
import vn.thanhhoa.cds.catalog.indicator.Bound;
import vn.thanhhoa.cds.catalog.indicator.Computation;
import vn.thanhhoa.cds.catalog.indicator.Indicator;
import vn.thanhhoa.cds.catalog.indicator.IndicatorKind;
import vn.thanhhoa.cds.schemas.data.DataFinding;

/**
 * A ratio marked within-100 must be so by construction: its numerator lies {@code within} its
 * denominator (or it divides by a fixed scale). Every ratio that may pass 100 % says why and is
 * listed, so that a value above 100 % is read as what it is, not hidden.
 */
final class BoundCheck implements CatalogCheck {

    @Override
    public List<DataFinding> check(Catalog catalog) {
        List<DataFinding> findings = new ArrayList<>();
        for (Scope scope : Scope.computed(catalog)) {
            Indicator indicator = scope.indicator();
            if (indicator.kind() != IndicatorKind.RATIO || indicator.bound() == Bound.NONE) {
                continue;
            }
            Computation computation = indicator.computation();
            String field = Findings.field(indicator, "bound");
            if (indicator.bound() == Bound.WITHIN_100) {
                boolean inside = computation.denominatorConstant().isPresent() || computation.denominator()
                        .map(d -> !d.equals(computation.numerator())
                                && WithinCheck.isPartOf(catalog.measures(), computation.numerator(), d))
                        .orElse(false);
                if (!inside) {
                    findings.add(Findings.error(computation.origin(), field, "within-100, but " + computation.numerator()
                            + " is not declared within " + computation.denominator().orElse("?")
                            + ": restrict the numerator to its denominator, or mark may-exceed-100 with the reason"));
                }
            } else if (indicator.boundReason().filter(r -> !r.isBlank()).isEmpty()) {
                findings.add(Findings.error(computation.origin(), field, "may-exceed-100 needs its reason (boundReason)"));
            } else {
                findings.add(Findings.warning(computation.origin(), field, "may exceed 100 %: "
                        + indicator.boundReason().get() + "; the engine reports the raw value with a data-quality finding"));
            }
        }
        return findings;
    }
}
