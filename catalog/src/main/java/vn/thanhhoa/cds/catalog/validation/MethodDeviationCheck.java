package vn.thanhhoa.cds.catalog.validation;

import java.util.List;
import vn.thanhhoa.cds.catalog.Catalog;
import vn.thanhhoa.cds.catalog.indicator.Indicator;
import vn.thanhhoa.cds.schemas.data.DataFinding;

/** Where the catalog computes otherwise than the printed method (2026 item 19), it says so, and so does validation. */
final class MethodDeviationCheck implements CatalogCheck {

    @Override
    public List<DataFinding> check(Catalog catalog) {
        return Scope.all(catalog).stream()
                .map(Scope::indicator)
                .filter(i -> i.computation().deviation().isPresent())
                .map((Indicator i) -> Findings.warning(i.computation().origin(), Findings.field(i, "method"),
                        "computed otherwise than printed: " + i.computation().deviation().get()))
                .toList();
    }
}
