package vn.thanhhoa.cds.catalog.scoring;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import vn.thanhhoa.cds.catalog.Origin;

/**
 * One threshold of a scoring part: for a yes/no measure {@code whenYes}; for a number the
 * half-open interval [{@code from}, {@code below}) so that "từ 2-3 lần" leaves no gap at 3.5.
 *
 * @param fraction share of the item's maximum points (1/2 → 0.5)
 */
public record Tier(String measure, boolean whenYes, Optional<BigDecimal> from, Optional<BigDecimal> below,
                   BigDecimal fraction, String printed, Origin origin) {

    public boolean matches(Map<String, BigDecimal> facts) {
        BigDecimal value = facts.get(measure);
        if (value == null) {
            return false;
        }
        if (whenYes) {
            return value.signum() > 0;
        }
        return from.map(f -> value.compareTo(f) >= 0).orElse(true)
                && below.map(b -> value.compareTo(b) < 0).orElse(true);
    }
}
