package vn.thanhhoa.cds.catalog.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.thanhhoa.cds.catalog.Catalog;
import vn.thanhhoa.cds.catalog.measure.Combine;
import vn.thanhhoa.cds.catalog.measure.Measure;
import vn.thanhhoa.cds.catalog.measure.Measures;
import vn.thanhhoa.cds.schemas.data.DataFinding;

/**
 * {@code within} says a measure's entries are among another's (online dossiers among all dossiers),
 * which is what keeps a ratio of the two at or below 100 %. That only holds when both come from the
 * same source, count the same unit and combine reporters alike.
 */
final class WithinCheck implements CatalogCheck {

    @Override
    public List<DataFinding> check(Catalog catalog) {
        List<DataFinding> findings = new ArrayList<>();
        for (Measure measure : catalog.measures().byName().values()) {
            if (measure.within().isEmpty()) {
                continue;
            }
            String field = "measure " + measure.name() + " within";
            Optional<Measure> whole = catalog.measures().measure(measure.within().get());
            if (whole.isEmpty()) {
                findings.add(Findings.error(measure.origin(), field, "no measure '" + measure.within().get() + "'"));
                continue;
            }
            Measure w = whole.get();
            if (!w.source().equals(measure.source())) {
                findings.add(Findings.error(measure.origin(), field, "a part comes from the same source as its whole ("
                        + measure.source() + " ≠ " + w.source() + ")"));
            }
            if (!w.unit().equals(measure.unit())) {
                findings.add(Findings.error(measure.origin(), field, "a part counts what its whole counts (" + measure.unit()
                        + " ≠ " + w.unit() + ")"));
            }
            if (!measure.combine().map(Combine::rule).equals(w.combine().map(Combine::rule))) {
                findings.add(Findings.error(measure.origin(), field, "a part combines reporters as its whole does, or the sum "
                        + "of parts can pass the largest whole"));
            }
            if (cycles(catalog.measures(), measure)) {
                findings.add(Findings.error(measure.origin(), field, "the `within` chain comes back to " + measure.name()));
            }
        }
        return findings;
    }

    private static boolean cycles(Measures measures, Measure start) {
        Set<String> seen = new HashSet<>();
        Optional<Measure> current = Optional.of(start);
        while (current.isPresent() && current.get().within().isPresent()) {
            if (!seen.add(current.get().name())) {
                return true;
            }
            current = measures.measure(current.get().within().get());
        }
        return false;
    }

    /** Whether {@code part} is {@code whole} or lies within it, through any number of steps. */
    static boolean isPartOf(Measures measures, String part, String whole) {
        Set<String> seen = new HashSet<>();
        Optional<Measure> current = measures.measure(part);
        while (current.isPresent() && seen.add(current.get().name())) {
            if (current.get().name().equals(whole)) {
                return true;
            }
            current = current.get().within().flatMap(measures::measure);
        }
        return false;
    }
}
