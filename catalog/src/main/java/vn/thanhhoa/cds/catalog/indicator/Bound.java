package vn.thanhhoa.cds.catalog.indicator;

import java.util.Arrays;
import java.util.Optional;

/**
 * Whether a ratio can pass 100 %. Either way the engine reports the raw value; above 100 % it adds a
 * data-quality finding, which for a {@link #WITHIN_100} ratio means the data is wrong.
 */
public enum Bound {
    /** The numerator is part of the denominator by construction (declared {@code within} it, or a fixed scale). */
    WITHIN_100("within-100"),
    /** Nothing ties the numerator to the denominator (accounts per person, a declared count over a reference count). */
    MAY_EXCEED_100("may-exceed-100"),
    /** Not a ratio. */
    NONE("none");

    private final String spelling;

    Bound(String spelling) {
        this.spelling = spelling;
    }

    public String spelling() {
        return spelling;
    }

    public static Optional<Bound> parse(String text) {
        return Arrays.stream(values()).filter(b -> b != NONE && b.spelling.equals(text)).findFirst();
    }
}
