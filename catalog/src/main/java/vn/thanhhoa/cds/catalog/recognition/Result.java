package vn.thanhhoa.cds.catalog.recognition;

import java.math.BigDecimal;
import java.util.Map;

/** A commune's result for one indicator in a year, in the form its kind needs. */
public sealed interface Result {

    /** A computed value: a ratio in percent, a count, or the compared measure of a scored item. */
    record Value(BigDecimal value) implements Result {}

    /** A yes/no or qualitative item as declared (and evidenced). */
    record Declared(boolean yes) implements Result {}

    /** The measures a tiered item is scored from (yes = 1, no = 0), e.g. web.dx_section, web.dx_posts. */
    record Facts(Map<String, BigDecimal> byMeasure) implements Result {
        public Facts {
            byMeasure = Map.copyOf(byMeasure);
        }
    }

    static Result value(long value) {
        return new Value(BigDecimal.valueOf(value));
    }

    static Result value(String value) {
        return new Value(new BigDecimal(value));
    }

    /** numerator / denominator × 100, exact where the quotient has a finite decimal form (2240 / 3200 → 70). */
    static Result percent(long numerator, long denominator) {
        return new Value(BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), java.math.MathContext.DECIMAL64).stripTrailingZeros());
    }

    static Result declared(boolean yes) {
        return new Declared(yes);
    }
}
