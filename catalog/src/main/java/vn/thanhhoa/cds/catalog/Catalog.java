package vn.thanhhoa.cds.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.thanhhoa.cds.catalog.indicator.IndicatorSet;
import vn.thanhhoa.cds.catalog.measure.Measures;
import vn.thanhhoa.cds.catalog.target.Assignment;

/** Everything the catalog files say: measures, indicator sets by id, and commune assignments. */
public record Catalog(Measures measures, Map<String, IndicatorSet> sets, List<Assignment> assignments) {

    public Catalog {
        sets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sets));
        assignments = List.copyOf(assignments);
    }

    public Optional<IndicatorSet> set(String id) {
        return Optional.ofNullable(sets.get(id));
    }

    /** The set in force for a year, if one covers it. */
    public Optional<IndicatorSet> setFor(int year) {
        return sets.values().stream().filter(s -> s.covers(year)).findFirst();
    }

    /** The assignment of a set to the unit that has this code on this date. */
    public Optional<Assignment> assignment(String setId, String communeCode, LocalDate on) {
        return assignments.stream().filter(a -> a.appliesTo(setId, communeCode, on)).findFirst();
    }
}
