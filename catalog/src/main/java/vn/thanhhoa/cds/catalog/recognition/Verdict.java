package vn.thanhhoa.cds.catalog.recognition;

import java.math.BigDecimal;
import java.util.Optional;
import vn.thanhhoa.cds.catalog.target.EffectiveTarget;

/**
 * One indicator's outcome.
 *
 * @param scoreFraction for a tiered item, its share of the maximum points (0–1)
 * @param points        for a tiered item whose maximum points were given, the points earned
 */
public record Verdict(EffectiveTarget target, Status status, Optional<BigDecimal> scoreFraction,
                      Optional<BigDecimal> points) {

    public String code() {
        return target.indicator().code();
    }
}
