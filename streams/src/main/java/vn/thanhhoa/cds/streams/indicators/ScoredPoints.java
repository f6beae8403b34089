package vn.thanhhoa.cds.streams.indicators;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.thanhhoa.cds.catalog.indicator.Indicator;
import vn.thanhhoa.cds.catalog.scoring.Scoring;
import vn.thanhhoa.cds.catalog.scoring.ScoringPart;
import vn.thanhhoa.cds.catalog.scoring.Tier;

/**
 * The points of a scored item (2026 items 29 and 30) by the tiers the catalog gives it, as a share of
 * the item's maximum ("Điểm tối đa", which the plan does not print): 0.75 is three quarters of it.
 * The catalog's {@link Scoring} applies the tiers; this only gathers the measures they name.
 */
public final class ScoredPoints {

    private ScoredPoints() {
    }

    /** Every measure the item's tiers read (web.dx_section, web.dx_link, web.dx_posts for item 29). */
    public static Set<String> measures(Indicator indicator) {
        Set<String> measures = new LinkedHashSet<>();
        indicator.scoring().ifPresent(scoring -> {
            for (ScoringPart part : scoring.parts()) {
                part.tiers().stream().map(Tier::measure).forEach(measures::add);
            }
        });
        return measures;
    }

    /** The share earned, from the measures' values over the window; none while no measure has a value. */
    public static Optional<Double> of(Indicator indicator, Function<String, Optional<Double>> valueOf) {
        if (indicator.scoring().isEmpty()) {
            return Optional.empty();
        }
        Map<String, BigDecimal> facts = new LinkedHashMap<>();
        for (String measure : measures(indicator)) {
            valueOf.apply(measure).ifPresent(value -> facts.put(measure, BigDecimal.valueOf(value)));
        }
        return facts.isEmpty() ? Optional.empty() : Optional.of(indicator.scoring().get().fraction(facts).doubleValue());
    }
}
