package vn.thanhhoa.cds.catalog.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.thanhhoa.cds.catalog.Catalog;
import vn.thanhhoa.cds.catalog.indicator.Indicator;
import vn.thanhhoa.cds.catalog.scoring.Scoring;
import vn.thanhhoa.cds.catalog.scoring.Tier;
import vn.thanhhoa.cds.catalog.target.Operator;
import vn.thanhhoa.cds.schemas.data.DataFinding;

/**
 * A tiered item's target and tiers should agree: 2026 item 29 sets 30 posts as its target but
 * gives full post points from 24. And the tiers should not add up to more than the maximum.
 */
final class ScoringCheck implements CatalogCheck {

    @Override
    public List<DataFinding> check(Catalog catalog) {
        List<DataFinding> findings = new ArrayList<>();
        for (Scope scope : Scope.all(catalog)) {
            Indicator indicator = scope.indicator();
            indicator.scoring().ifPresent(scoring -> {
                topTierDisagreement(indicator, scoring, findings);
                if (scoring.maxFraction().compareTo(BigDecimal.ONE) > 0) {
                    findings.add(Findings.warning(indicator.computation().origin(), Findings.field(indicator, "scoring"),
                            "the best tiers add up to " + Findings.number(scoring.maxFraction())
                                    + " of the maximum points; points are capped at the maximum"));
                }
            });
        }
        return findings;
    }

    private void topTierDisagreement(Indicator indicator, Scoring scoring, List<DataFinding> findings) {
        String measure = indicator.computation().numerator();
        Optional<Tier> top = scoring.parts().stream().flatMap(p -> p.tiers().stream())
                .filter(t -> t.measure().equals(measure) && t.from().isPresent())
                .max((a, b) -> a.from().orElseThrow().compareTo(b.from().orElseThrow()));
        indicator.targets().forEach((year, target) -> {
            if (target.operator() != Operator.SCORE || top.isEmpty()) {
                return;
            }
            BigDecimal goal = target.value().orElseThrow();
            BigDecimal best = top.get().from().orElseThrow();
            if (goal.compareTo(best) != 0) {
                findings.add(Findings.warning(target.origin(), Findings.field(indicator, "target " + year),
                        "the target ('" + target.printed() + "', " + Findings.number(goal) + ") differs from the top scoring tier ('"
                                + top.get().printed() + "', from " + Findings.number(best) + ")"));
            }
        });
    }
}
