package vn.thanhhoa.cds.connectors.report;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers as Vietnamese officers type them: '.' groups thousands and ',' marks decimals
 * ("1.234.567", "12,5", "1.234,75"); plain numbers from spreadsheet cells ("1234567", "12.5") are
 * accepted too. A '.' followed by exactly three digits is a thousands separator, otherwise a decimal
 * point; spaces inside a number ("1 234") are grouping as well.
 *
 * <p>{@link #written(String)} says more: which convention a text is written in, and what it means in
 * each, so that a reader can refuse what it cannot tell ("1,201" is 1.201 in Vietnamese and 1201 in
 * English) instead of guessing.
 */
public final class VietnameseNumber {

    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d+,\\d+");
    private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("-?\\d+");
    private static final Pattern ONE_DOT_GROUP = Pattern.compile("-?\\d{1,3}\\.\\d{3}");
    private static final Pattern ONE_COMMA_GROUP = Pattern.compile("-?\\d{1,3},\\d{3}");
    private static final Pattern ENGLISH_GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    private VietnameseNumber() {
    }

    /** Which convention a number is written in. */
    public enum Convention {
        /** Digits only: the same number in every convention. */
        NONE,
        /** Only the Vietnamese reading is a number: "1.234.567", "12,5", "1.234,5". */
        VIETNAMESE,
        /** Only the English (spreadsheet) reading is a number: "12.5", "1,234,567", "1,234.5". */
        ENGLISH,
        /** Both readings are numbers and differ: "1.234" (1234 or 1.234), "1,234" (1.234 or 1234). */
        EITHER
    }

    /**
     * A text that is a number in at least one convention.
     *
     * @param vietnamese its value read the Vietnamese way, or null when that is no number
     * @param english    its value read the English way, or null when that is no number
     */
    public record Written(String text, Convention convention, BigDecimal vietnamese, BigDecimal english) {

        /** The value in the given column convention (VIETNAMESE or ENGLISH); null when it is no number in it. */
        public BigDecimal in(Convention columnConvention) {
            return columnConvention == Convention.ENGLISH ? english : vietnamese;
        }
    }

    /** The number, or empty when the text is not a number in any of the accepted forms. */
    public static Optional<BigDecimal> parse(String text) {
        String value = compact(text);
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

    /** How the text is written and what it means each way; empty when it is a number in neither convention. */
    public static Optional<Written> written(String text) {
        String value = compact(text);
        BigDecimal vietnamese = vietnamese(value);
        BigDecimal english = english(value);
        if (vietnamese == null && english == null) {
            return Optional.empty();
        }
        Convention convention;
        if (INTEGER.matcher(value).matches()) {
            convention = Convention.NONE;
        } else if (ONE_DOT_GROUP.matcher(value).matches() || ONE_COMMA_GROUP.matcher(value).matches()) {
            convention = Convention.EITHER;
        } else if (vietnamese != null && english != null) {
            convention = Convention.NONE; // cannot happen for the patterns above, kept for safety
        } else {
            convention = vietnamese != null ? Convention.VIETNAMESE : Convention.ENGLISH;
        }
        return Optional.of(new Written(text.strip(), convention, vietnamese, english));
    }

    private static BigDecimal vietnamese(String value) {
        if (INTEGER.matcher(value).matches()) {
            return new BigDecimal(value);
        }
        if (GROUPED.matcher(value).matches()) {
            return new BigDecimal(value.replace(".", "").replace(',', '.'));
        }
        if (DECIMAL_COMMA.matcher(value).matches()) {
            return new BigDecimal(value.replace(',', '.'));
        }
        return null;
    }

    private static BigDecimal english(String value) {
        if (PLAIN.matcher(value).matches()) {
            return new BigDecimal(value);
        }
        if (ENGLISH_GROUPED.matcher(value).matches()) {
            return new BigDecimal(value.replace(",", ""));
        }
        return null;
    }

    private static String compact(String text) {
        return text.strip().replace("\u00a0", "").replace(" ", "");
    }

    /** A whole number in English words, for a reason an officer reads: 1201 → "one thousand two hundred and one". */
    public static String inWords(long number) {
        if (number < 0) {
            return "minus " + inWords(-number);
        }
        if (number == 0) {
            return "zero";
        }
        String[] scales = {"", " thousand", " million", " billion", " trillion"};
        StringBuilder words = new StringBuilder();
        int scale = 0;
        long rest = number;
        while (rest > 0) {
            int group = (int) (rest % 1000);
            if (group > 0) {
                String part = belowThousand(group, scale == 0 && number >= 1000 && group < 100) + scales[scale];
                words.insert(0, words.isEmpty() ? part : part + " ");
            }
            rest /= 1000;
            scale++;
        }
        return words.toString();
    }

    private static final String[] UNITS = {"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

    private static String belowThousand(int n, boolean andFirst) {
        StringBuilder words = new StringBuilder();
        if (n >= 100) {
            words.append(UNITS[n / 100]).append(" hundred");
            n %= 100;
            if (n > 0) {
                words.append(" and ");
            }
        } else if (andFirst) {
            words.append("and ");
        }
        if (n >= 20) {
            words.append(TENS[n / 10]);
            if (n % 10 > 0) {
                words.append('-').append(UNITS[n % 10]);
            }
        } else if (n > 0) {
            words.append(UNITS[n]);
        }
        return words.toString();
    }
}
