package vn.thanhhoa.cds.catalog.indicator;

import java.math.BigDecimal;
import java.util.Optional;
import vn.thanhhoa.cds.catalog.Origin;

/**
 * How an indicator's value is computed.
 *
 * @param numerator           the measure counted (for a count, declaration or score: the measure compared with the target)
 * @param denominator         the measure divided by, for a ratio
 * @param denominatorConstant a fixed denominator (item 12 of 2026 divides by 20 points)
 * @param method              the computation method as printed, when the document prints one
 * @param dataSource          the data source as printed, when given
 * @param deviation           where the catalog computes otherwise than the printed method, and why
 */
public record Computation(String numerator, Optional<String> denominator, Optional<BigDecimal> denominatorConstant,
                         Optional<String> method, Optional<String> dataSource, Optional<String> deviation, Origin origin) {

    public boolean hasDenominator() {
        return denominator.isPresent() || denominatorConstant.isPresent();
    }
}
