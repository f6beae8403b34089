package vn.thanhhoa.cds.catalog.indicator;

import java.util.Arrays;
import java.util.Optional;

/** How an indicator is measured; the data files spell these in lower case. */
public enum IndicatorKind {
    /** numerator / denominator × 100. */
    RATIO("ratio"),
    /** A number of things, with a minimum, a range, or only encouraged. */
    COUNT("count"),
    /** Yes/no or a qualitative statement, declared with evidence. */
    DECLARATION("declaration"),
    /** Points by thresholds, as fractions of the item's maximum. */
    SCORE("score");

    private final String spelling;

    IndicatorKind(String spelling) {
        this.spelling = spelling;
    }

    public String spelling() {
        return spelling;
    }

    public static Optional<IndicatorKind> parse(String text) {
        return Arrays.stream(values()).filter(k -> k.spelling.equals(text)).findFirst();
    }
}
