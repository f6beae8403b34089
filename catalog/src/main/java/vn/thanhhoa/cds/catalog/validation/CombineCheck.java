package vn.thanhhoa.cds.catalog.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.thanhhoa.cds.catalog.Catalog;
import vn.thanhhoa.cds.catalog.measure.Measure;
import vn.thanhhoa.cds.catalog.measure.Source;
import vn.thanhhoa.cds.schemas.data.DataFinding;

/**
 * A commune may have two telecom operators, banks or signature providers reporting the same month:
 * every reported measure must say how their values add up. Other measures have one producer per
 * entry and must not pretend otherwise.
 */
final class CombineCheck implements CatalogCheck {

    @Override
    public List<DataFinding> check(Catalog catalog) {
        List<DataFinding> findings = new ArrayList<>();
        for (Measure measure : catalog.measures().byName().values()) {
            boolean reported = Optional.ofNullable(catalog.measures().sources().get(measure.source()))
                    .map(Source::isReport).orElse(false);
            if (reported && measure.combine().isEmpty()) {
                findings.add(Findings.error(measure.origin(), "measure " + measure.name() + " combine",
                        "several reporters may report it for one commune and month: give `combine: sum` or `combine: max` "
                                + "with combineReason"));
            } else if (!reported && measure.combine().isPresent()) {
                findings.add(Findings.error(measure.origin(), "measure " + measure.name() + " combine",
                        "only a reported measure has several reporters to combine"));
            }
        }
        return findings;
    }
}
