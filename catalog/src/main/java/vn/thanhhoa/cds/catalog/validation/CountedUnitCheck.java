package vn.thanhhoa.cds.catalog.validation;

import java.util.ArrayList;
import java.util.List;
import vn.thanhhoa.cds.catalog.Catalog;
import vn.thanhhoa.cds.catalog.indicator.Indicator;
import vn.thanhhoa.cds.schemas.data.DataFinding;

/**
 * What an indicator's name counts against what its numerator counts: 2026 item 17 is named
 * after cashless transactions, but its method counts accounts.
 */
final class CountedUnitCheck implements CatalogCheck {

    @Override
    public List<DataFinding> check(Catalog catalog) {
        List<DataFinding> findings = new ArrayList<>();
        for (Scope scope : Scope.all(catalog)) {
            Indicator indicator = scope.indicator();
            indicator.counts().ifPresent(counts -> catalog.measures().measure(indicator.computation().numerator())
                    .filter(m -> !m.unit().equals(counts))
                    .ifPresent(m -> findings.add(Findings.warning(indicator.computation().origin(),
                            Findings.field(indicator, "numerator"),
                            "the name counts " + counts + " but the method's numerator " + m.name() + " counts "
                                    + m.unit() + "; computed as the method says"))));
        }
        return findings;
    }
}
