package vn.thanhhoa.cds.catalog.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A line of a scoring rule; the first tier that matches gives the part's fraction. */
public record ScoringPart(String label, List<Tier> tiers) {

    public ScoringPart {
        tiers = List.copyOf(tiers);
    }

    public BigDecimal fraction(Map<String, BigDecimal> facts) {
        return tiers.stream().filter(t -> t.matches(facts)).findFirst().map(Tier::fraction).orElse(BigDecimal.ZERO);
    }

    public BigDecimal maxFraction() {
        return tiers.stream().map(Tier::fraction).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    }
}
