package vn.thanhhoa.cds.catalog.target;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.thanhhoa.cds.catalog.indicator.Indicator;
import vn.thanhhoa.cds.catalog.indicator.IndicatorSet;

/**
 * Resolves the targets of a year: province defaults, overridden and extended by a commune's
 * assignment. Each row carries the indicator as that commune evaluates it (its own kind and
 * measures where the assignment defines the item otherwise).
 */
public final class TargetTable {

    private TargetTable() {}

    public static List<EffectiveTarget> forYear(IndicatorSet set, int year, Optional<Assignment> assignment) {
        List<EffectiveTarget> rows = new ArrayList<>();
        for (Indicator provincial : set.indicators()) {
            Indicator indicator = assignment.map(a -> a.effective(provincial, year)).orElse(provincial);
            Optional<TargetOverride> own = assignment.flatMap(a -> a.override(indicator.code(), year));
            if (own.isPresent()) {
                rows.add(new EffectiveTarget(indicator, year, own.get().target(), true));
            } else {
                indicator.target(year).ifPresent(t -> rows.add(new EffectiveTarget(indicator, year, t, false)));
            }
        }
        assignment.ifPresent(a -> a.extraIndicators().forEach(extra ->
                extra.target(year).ifPresent(t -> rows.add(new EffectiveTarget(extra, year, t, true)))));
        return List.copyOf(rows);
    }
}
