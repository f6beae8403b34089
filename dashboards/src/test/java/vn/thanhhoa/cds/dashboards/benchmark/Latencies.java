package vn.thanhhoa.cds.dashboards.benchmark;

import java.util.Arrays;
import java.util.Locale;

/** The measured durations of one request or query, in milliseconds, and their nearest-rank percentiles. */
record Latencies(String label, double[] millis) {

    Latencies {
        millis = millis.clone();
        Arrays.sort(millis);
        if (millis.length == 0) {
            throw new IllegalArgumentException("no measurement of " + label);
        }
    }

    static Latencies ofNanos(String label, long[] nanos) {
        return new Latencies(label, Arrays.stream(nanos).mapToDouble(n -> n / 1e6).toArray());
    }

    /** Nearest rank: the smallest value with at least {@code p} % of the values at or below it. */
    double percentile(double p) {
        int rank = (int) Math.ceil(p / 100 * millis.length);
        return millis[Math.max(0, Math.min(millis.length, rank) - 1)];
    }

    double max() {
        return millis[millis.length - 1];
    }

    /** A markdown table row: label, p50, p95, p99, max, and whether p95 is within the aim. */
    String row(double aimMillis) {
        return String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %s |", label, percentile(50), percentile(95), percentile(99), max(),
                percentile(95) < aimMillis ? "yes" : "**no**");
    }
}
