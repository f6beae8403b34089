package vn.thanhhoa.cds.catalog.recognition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.thanhhoa.cds.catalog.indicator.Indicator;
import vn.thanhhoa.cds.catalog.target.EffectiveTarget;
import vn.thanhhoa.cds.catalog.target.Operator;
import vn.thanhhoa.cds.catalog.target.Target;

/**
 * Applies the recognition rule of seed 000 to a commune's results for a year.
 * Tiered items (2026 items 29 and 30) are met when their measure reaches the target; their
 * points are a fraction of a maximum that the commune DX index sets, so the caller passes those
 * maxima, and the points then count towards the index.
 */
public final class RecognitionAssessor {

    public static final int REQUIRED_INDEX_PERCENT = 70;

    /**
     * @param targets         the effective targets of the year (see {@link vn.thanhhoa.cds.catalog.target.TargetTable})
     * @param results         results by indicator code
     * @param otherIndexPoints the commune's DX index points apart from the tiered items
     * @param scoredMaxPoints maximum points of tiered items by code; items not listed report a fraction only
     */
    public Recognition assess(List<EffectiveTarget> targets, Map<String, Result> results, IndexPoints otherIndexPoints,
                              Map<String, BigDecimal> scoredMaxPoints) {
        List<Verdict> verdicts = new ArrayList<>();
        IndexPoints points = otherIndexPoints;
        for (EffectiveTarget target : targets) {
            Verdict verdict = verdict(target, Optional.ofNullable(results.get(target.indicator().code())),
                    Optional.ofNullable(scoredMaxPoints.get(target.indicator().code())));
            verdicts.add(verdict);
            if (verdict.points().isPresent()) {
                points = points.plus(verdict.points().get(), scoredMaxPoints.get(verdict.code()));
            }
        }
        boolean allMet = verdicts.stream().allMatch(v -> v.status().passes());
        boolean reached = points.reaches(REQUIRED_INDEX_PERCENT);
        return new Recognition(verdicts, allMet, points, reached, allMet && reached);
    }

    private Verdict verdict(EffectiveTarget effective, Optional<Result> result, Optional<BigDecimal> maxPoints) {
        Target target = effective.target();
        Indicator indicator = effective.indicator();
        if (target.operator() == Operator.ENCOURAGED) {
            return new Verdict(effective, Status.ENCOURAGED, Optional.empty(), Optional.empty());
        }
        if (result.isEmpty()) {
            return new Verdict(effective, Status.NO_RESULT, Optional.empty(), Optional.empty());
        }
        Optional<BigDecimal> fraction = indicator.scoring().flatMap(scoring -> switch (result.get()) {
            case Result.Facts facts -> Optional.of(scoring.fraction(facts.byMeasure()));
            case Result.Value value -> Optional.of(scoring.fraction(
                    Map.of(indicator.computation().numerator(), value.value())));
            case Result.Declared declared -> Optional.<BigDecimal>empty();
        });
        Optional<BigDecimal> points = fraction.flatMap(f -> maxPoints.map(f::multiply));
        Status status = met(target, indicator, result.get()) ? Status.MET : Status.NOT_MET;
        return new Verdict(effective, status, fraction, points);
    }

    private static boolean met(Target target, Indicator indicator, Result result) {
        return switch (result) {
            case Result.Declared declared -> target.operator() == Operator.EXISTS && declared.yes();
            case Result.Value value -> target.operator() != Operator.EXISTS && target.isMetBy(value.value());
            case Result.Facts facts -> Optional.ofNullable(facts.byMeasure().get(indicator.computation().numerator()))
                    .map(target::isMetBy).orElse(false);
        };
    }
}
