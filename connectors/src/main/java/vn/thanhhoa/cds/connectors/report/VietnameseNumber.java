package vn.thanhhoa.cds.connectors.report;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers as Vietnamese officers type them: '.' groups thousands and ',' marks decimals
 * ("1.234.567", "12,5", "1.234,75"); plain numbers from spreadsheet cells ("1234567", "12.5") are
 * accepted too. A '.' followed by exactly three digits is a thousands separator, otherwise a decimal
 * point; spaces inside a number ("1 234") are grouping as well.
 */
public final class VietnameseNumber {

    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d+,\\d+");
    private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");

    private VietnameseNumber() {
    }

    /** The number, or empty when the text is not a number in any of the accepted forms. */
    public static Optional<BigDecimal> parse(String text) {
        String value = text.strip().replace("\u00a0", "").replace(" ", "");
        if (GROUPED.matcher(value).matches()) {
            return Optional.of(new BigDecimal(value.replace(".", "").replace(',', '.')));
        }
        if (DECIMAL_COMMA.matcher(value).matches()) {
            return Optional.of(new BigDecimal(value.replace(',', '.')));
        }
        if (PLAIN.matcher(value).matches()) {
            return Optional.of(new BigDecimal(value));
        }
        return Optional.empty();
    }
}
