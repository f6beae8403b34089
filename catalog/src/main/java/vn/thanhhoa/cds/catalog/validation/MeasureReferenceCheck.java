package vn.thanhhoa.cds.catalog.validation;

import java.util.ArrayList;
import java.util.List;
import vn.thanhhoa.cds.catalog.Catalog;
import vn.thanhhoa.cds.catalog.Origin;
import vn.thanhhoa.cds.catalog.indicator.Indicator;
import vn.thanhhoa.cds.catalog.measure.Measure;
import vn.thanhhoa.cds.schemas.data.DataFinding;

/** Every measure an indicator names must be listed, and produced by a known source. */
final class MeasureReferenceCheck implements CatalogCheck {

    @Override
    public List<DataFinding> check(Catalog catalog) {
        List<DataFinding> findings = new ArrayList<>();
        for (Measure measure : catalog.measures().byName().values()) {
            if (!catalog.measures().sources().containsKey(measure.source())) {
                findings.add(Findings.error(measure.origin(), "measure " + measure.name() + " source",
                        measure.source().isEmpty()
                                ? "no source produces this measure: give one of " + catalog.measures().sources().keySet()
                                : "no source produces this measure: '" + measure.source() + "' is not one of "
                                        + catalog.measures().sources().keySet()));
            }
        }
        for (Scope scope : Scope.computed(catalog)) {
            Indicator indicator = scope.indicator();
            Origin at = indicator.computation().origin();
            reference(catalog, indicator, indicator.computation().numerator(), at, findings);
            indicator.computation().denominator().ifPresent(d -> reference(catalog, indicator, d, at, findings));
            indicator.scoring().ifPresent(scoring -> scoring.parts().forEach(part -> part.tiers().forEach(tier ->
                    reference(catalog, indicator, tier.measure(), tier.origin(), findings))));
        }
        return findings;
    }

    private void reference(Catalog catalog, Indicator indicator, String name, Origin at, List<DataFinding> findings) {
        if (catalog.measures().measure(name).isEmpty()) {
            findings.add(Findings.error(at, Findings.field(indicator, "measure"),
                    "no source produces measure '" + name + "': it is not in the measures file"));
        }
    }
}
