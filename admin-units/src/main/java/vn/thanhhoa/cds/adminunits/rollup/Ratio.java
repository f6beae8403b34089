package vn.thanhhoa.cds.adminunits.rollup;

import java.util.OptionalDouble;

/**
 * Summed numerator and denominator. Kept as the two sums, not as a percentage, because only sums
 * roll up correctly: the average of communes' percentages weighs a 300-person commune like a
 * 30,000-person ward.
 */
public record Ratio(long numerator, long denominator) {

    public static final Ratio ZERO = new Ratio(0, 0);

    public Ratio plus(Ratio other) {
        return new Ratio(Math.addExact(numerator, other.numerator), Math.addExact(denominator, other.denominator));
    }

    /** a/b×100, empty when nothing was counted in the denominator. */
    public OptionalDouble percent() {
        return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * numerator / denominator);
    }
}
