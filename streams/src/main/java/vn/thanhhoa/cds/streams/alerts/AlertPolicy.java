package vn.thanhhoa.cds.streams.alerts;

/**
 * When a value is worth an alert: it must fall below its target by more than {@code band}
 * (percentage points, or units for a count) before an alert opens, and the alert stays open until
 * the target is met again, so that a value wavering around its target raises one alert, not one a
 * day; and a ratio over fewer than {@code minimumDenominator} entries (a commune with 3 dossiers)
 * raises none.
 */
public record AlertPolicy(double band, double minimumDenominator) {

    public static final AlertPolicy DEFAULT = new AlertPolicy(2.0, 10);

    public AlertPolicy {
        if (band < 0 || minimumDenominator < 0) {
            throw new IllegalArgumentException("the alert band and the minimum denominator cannot be negative: " + band + ", " + minimumDenominator);
        }
    }
}
