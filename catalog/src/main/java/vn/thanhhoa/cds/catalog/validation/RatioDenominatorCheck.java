package vn.thanhhoa.cds.catalog.validation;

import java.util.List;
import vn.thanhhoa.cds.catalog.Catalog;
import vn.thanhhoa.cds.catalog.indicator.IndicatorKind;
import vn.thanhhoa.cds.schemas.data.DataFinding;

/** A ratio without a denominator cannot be computed, nor rolled up. */
final class RatioDenominatorCheck implements CatalogCheck {

    @Override
    public List<DataFinding> check(Catalog catalog) {
        return Scope.computed(catalog).stream()
                .map(Scope::indicator)
                .filter(i -> i.kind() == IndicatorKind.RATIO && !i.computation().hasDenominator())
                .map(i -> Findings.error(i.computation().origin(), Findings.field(i, "denominator"),
                        "a ratio without a denominator: name the denominator measure (or denominatorConstant)"))
                .toList();
    }
}
