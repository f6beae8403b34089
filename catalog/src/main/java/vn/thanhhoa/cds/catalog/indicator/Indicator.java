package vn.thanhhoa.cds.catalog.indicator;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.thanhhoa.cds.catalog.Origin;
import vn.thanhhoa.cds.catalog.scoring.Scoring;
import vn.thanhhoa.cds.catalog.target.Target;

/**
 * One indicator (chỉ tiêu) of a set, with its province targets by year.
 *
 * @param code      as printed ("3.12", "25a"): text, never a number
 * @param counts    what the name counts (people, transactions…), when stated; checked against the numerator's unit
 * @param condition a qualification printed with the target, such as "Đối với các xã trung tâm"
 * @param window    the window its status is judged on
 * @param bound     for a ratio, whether it can pass 100 % by construction ({@link Bound#NONE} otherwise)
 * @param boundReason why a ratio may pass 100 %
 */
public record Indicator(String code, Pillar pillar, String name, String unit, IndicatorKind kind, Direction direction,
                        Optional<String> counts, Computation computation, Map<Integer, Target> targets,
                        Ownership ownership, Optional<String> guidance, List<String> evidence, List<String> legalBasis,
                        Optional<String> condition, Optional<Scoring> scoring, Window window, Bound bound,
                        Optional<String> boundReason, Origin origin) {

    public Indicator {
        targets = java.util.Collections.unmodifiableMap(new TreeMap<>(targets));
        evidence = List.copyOf(evidence);
        legalBasis = List.copyOf(legalBasis);
    }

    public Optional<Target> target(int year) {
        return Optional.ofNullable(targets.get(year));
    }

    /** This indicator as a commune's assignment defines it: another kind, measures, window or bound. */
    public Indicator as(IndicatorVariant variant) {
        return new Indicator(code, pillar, name, variant.unit(), variant.kind(), variant.direction(), counts,
                variant.computation(), targets, ownership, guidance, evidence, legalBasis, condition, scoring,
                variant.window(), variant.bound(), variant.boundReason(), origin);
    }
}
