package vn.thanhhoa.cds.catalog.target;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.thanhhoa.cds.catalog.indicator.Indicator;
import vn.thanhhoa.cds.catalog.indicator.IndicatorSet;

/** Resolves the targets of a year: province defaults, overridden and extended by a commune's assignment. */
public final class TargetTable {

    private TargetTable() {}

    public static List<EffectiveTarget> forYear(IndicatorSet set, int year, Optional<Assignment> assignment) {
        List<EffectiveTarget> rows = new ArrayList<>();
        for (Indicator indicator : set.indicators()) {
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
