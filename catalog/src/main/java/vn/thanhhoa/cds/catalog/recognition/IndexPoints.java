package vn.thanhhoa.cds.catalog.recognition;

import java.math.BigDecimal;

/** Points of the commune DX index (Bộ chỉ số chuyển đổi số cấp xã): earned out of the maximum. */
public record IndexPoints(BigDecimal earned, BigDecimal maximum) {

    public IndexPoints {
        if (earned.signum() < 0 || maximum.signum() < 0 || earned.compareTo(maximum) > 0) {
            throw new IllegalArgumentException("index points must satisfy 0 <= earned <= maximum, got "
                    + earned + " of " + maximum);
        }
    }

    public static IndexPoints of(long earned, long maximum) {
        return new IndexPoints(BigDecimal.valueOf(earned), BigDecimal.valueOf(maximum));
    }

    public IndexPoints plus(BigDecimal moreEarned, BigDecimal moreMaximum) {
        return new IndexPoints(earned.add(moreEarned), maximum.add(moreMaximum));
    }

    /** Whether earned is at least {@code percent}% of the maximum, compared exactly (no rounding). */
    public boolean reaches(int percent) {
        return earned.multiply(BigDecimal.valueOf(100)).compareTo(maximum.multiply(BigDecimal.valueOf(percent))) >= 0;
    }
}
