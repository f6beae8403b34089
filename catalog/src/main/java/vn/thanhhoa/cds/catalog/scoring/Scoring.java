package vn.thanhhoa.cds.catalog.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The point-scoring rule of a tiered item (2026 items 29 and 30): parts add up, capped at the maximum. */
public record Scoring(List<ScoringPart> parts) {

    public Scoring {
        parts = List.copyOf(parts);
    }

    /** Share of the item's maximum points, 0 to 1, for the given measure values (yes = 1, no = 0). */
    public BigDecimal fraction(Map<String, BigDecimal> facts) {
        BigDecimal sum = parts.stream().map(p -> p.fraction(facts)).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.min(BigDecimal.ONE);
    }

    public BigDecimal maxFraction() {
        return parts.stream().map(ScoringPart::maxFraction).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
