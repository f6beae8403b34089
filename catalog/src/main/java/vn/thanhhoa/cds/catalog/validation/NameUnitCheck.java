package vn.thanhhoa.cds.catalog.validation;

import java.util.List;
import java.util.Locale;
import vn.thanhhoa.cds.catalog.Catalog;
import vn.thanhhoa.cds.schemas.data.DataFinding;

/** A name that promises a number ("Số lượng …") while the unit is a percentage (seed 000, 3.9). */
final class NameUnitCheck implements CatalogCheck {

    @Override
    public List<DataFinding> check(Catalog catalog) {
        return Scope.all(catalog).stream()
                .map(Scope::indicator)
                .filter(i -> i.name().toLowerCase(Locale.ROOT).startsWith("số lượng") && "%".equals(i.unit()))
                .map(i -> Findings.warning(i.origin(), Findings.field(i, "unit"),
                        "the name says 'Số lượng' (a number) but the unit and targets are percentages; read as the ratio "
                                + i.computation().numerator() + " / " + i.computation().denominator().orElse("?")))
                .toList();
    }
}
