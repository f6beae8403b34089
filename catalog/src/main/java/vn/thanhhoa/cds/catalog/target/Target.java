package vn.thanhhoa.cds.catalog.target;

import java.math.BigDecimal;
import java.util.Optional;
import vn.thanhhoa.cds.catalog.Origin;

/**
 * A target for one year.
 *
 * @param value   the threshold (the lower bound for {@code between}); empty for exists/encouraged
 * @param upper   the upper bound of {@code between}
 * @param printed the target as the document prints it ("70%", "Sử dụng hiệu quả", "5-7 đơn đăng ký/năm")
 */
public record Target(Operator operator, Optional<BigDecimal> value, Optional<BigDecimal> upper, String printed,
                     Origin origin) {

    /** Whether a numeric result meets the target; exists and encouraged are not decided by a number. */
    public boolean isMetBy(BigDecimal result) {
        return switch (operator) {
            case AT_LEAST, SCORE -> result.compareTo(value.orElseThrow()) >= 0;
            case MORE_THAN -> result.compareTo(value.orElseThrow()) > 0;
            case AT_MOST -> result.compareTo(value.orElseThrow()) <= 0;
            case BETWEEN -> result.compareTo(value.orElseThrow()) >= 0 && result.compareTo(upper.orElseThrow()) <= 0;
            case ENCOURAGED -> true;
            case EXISTS -> result.signum() > 0;
        };
    }

    /** The target column of the CSV: the number, "5-7" for a range, the printed text for a declaration. */
    public String formatted() {
        return switch (operator) {
            case AT_LEAST, MORE_THAN, AT_MOST, SCORE -> plain(value.orElseThrow());
            case BETWEEN -> plain(value.orElseThrow()) + "-" + plain(upper.orElseThrow());
            case EXISTS -> printed;
            case ENCOURAGED -> "";
        };
    }

    /** Operator and value as the data files write them, e.g. "> 80". */
    public String expression() {
        return switch (operator) {
            case AT_LEAST, MORE_THAN, AT_MOST -> operator.symbol() + " " + plain(value.orElseThrow());
            case SCORE -> "score " + plain(value.orElseThrow());
            case BETWEEN -> "between " + plain(value.orElseThrow()) + " " + plain(upper.orElseThrow());
            case EXISTS, ENCOURAGED -> operator.symbol();
        };
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
