package vn.thanhhoa.cds.streams.alerts;

import java.time.Duration;

/**
 * When a value is worth an alert: it must fall below its target by more than {@code band}
 * (percentage points, or units for a count) before an alert opens, and the alert stays open until
 * the target is met again, so that a value wavering around its target raises one alert, not one a
 * day; and a ratio over fewer than {@code minimumDenominator} entries (a commune with 3 dossiers)
 * raises none. A source system that has sent nothing for a commune for {@code staleAfter} (a
 * monthly report: {@code reportStaleAfter}) raises one STALE alert, and one RECOVERED when it
 * sends again.
 */
public record AlertPolicy(double band, double minimumDenominator, Duration staleAfter, Duration reportStaleAfter) {

    public static final AlertPolicy DEFAULT = new AlertPolicy(2.0, 10, Duration.ofDays(3), Duration.ofDays(45));

    public AlertPolicy {
        if (band < 0 || minimumDenominator < 0) {
            throw new IllegalArgumentException("the alert band and the minimum denominator cannot be negative: " + band + ", " + minimumDenominator);
        }
        if (staleAfter.isNegative() || staleAfter.isZero() || reportStaleAfter.isNegative() || reportStaleAfter.isZero()) {
            throw new IllegalArgumentException("the silence before a source is stale must be positive: " + staleAfter + ", " + reportStaleAfter);
        }
    }

    /** How long a source may be silent for a commune: a monthly report longer than an event feed. */
    public Duration silenceAllowed(vn.thanhhoa.cds.catalog.measure.Source source) {
        return source.isReport() ? reportStaleAfter : staleAfter;
    }
}
