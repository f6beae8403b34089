package vn.thanhhoa.cds.streams.indicators;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import vn.thanhhoa.cds.catalog.measure.CombineRule;
import vn.thanhhoa.cds.catalog.measure.Combine;
import vn.thanhhoa.cds.catalog.measure.Measure;
import vn.thanhhoa.cds.catalog.measure.MeasureType;
import vn.thanhhoa.cds.streams.measures.Observation;
import vn.thanhhoa.cds.streams.windows.ValueWindows.Span;

/**
 * A commune's measures by period, summed from observations, and a measure's value over a window:
 * a flow adds up its months; a stock is its latest month in the window (several reporters combined
 * by the catalog's rule), or the year's declared figure; a distinct count is the year's.
 *
 * <p>Keys: {@code commune|measure|period|slot}; {@code slot} "" for a plain sum, the reporter for a
 * stock whose reporters combine otherwise, {@value #APPROXIMATE} for the part placed in the commune
 * through a fallback field, and {@value #LATEST} (period "") for the newest event time.
 */
public final class MeasureValues {

    static final String APPROXIMATE = "~";
    static final String LATEST = "@";

    private final KeyValueStore<String, Double> buckets;

    public MeasureValues(KeyValueStore<String, Double> buckets) {
        this.buckets = buckets;
    }

    /** What a window's value is made of: the figure, whether part of it is approximate, its newest event. */
    public record Figure(double value, boolean approximate, Long latestEventAt) {
    }

    public void apply(Observation o) {
        add(key(o.commune(), o.measure(), o.period(), o.slot()), o.delta());
        if (o.approximate()) {
            add(key(o.commune(), o.measure(), o.period(), APPROXIMATE), o.delta());
        }
        String latestKey = key(o.commune(), o.measure(), "", LATEST);
        Double latest = buckets.get(latestKey);
        if (latest == null || latest < o.eventTime()) {
            buckets.put(latestKey, (double) o.eventTime());
        }
    }

    private void add(String key, double delta) {
        Double current = buckets.get(key);
        double sum = (current == null ? 0 : current) + delta;
        // A key that once had data keeps a zero: "none this month" differs from "never reported".
        buckets.put(key, Math.abs(sum) < 1e-9 ? 0.0 : sum);
    }

    public Optional<Figure> value(String commune, Measure measure, Span span) {
        Long latest = Optional.ofNullable(buckets.get(key(commune, measure.name(), "", LATEST))).map(Double::longValue).orElse(null);
        String year = String.valueOf(span.year());
        boolean fromYearStart = span.start().getDayOfYear() == 1;
        if (measure.type() == MeasureType.DISTINCT) {
            return fromYearStart ? sum(commune, measure.name(), List.of(year), latest) : Optional.empty();
        }
        List<String> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(span.start()); !m.isAfter(YearMonth.from(span.end())); m = m.plusMonths(1)) {
            months.add(m.toString());
        }
        if (measure.type() == MeasureType.FLOW) {
            List<String> periods = new ArrayList<>(months);
            if (fromYearStart) {
                periods.add(year); // a yearly declared flow belongs to the year as a whole
            }
            Optional<Figure> sum = sum(commune, measure.name(), periods, latest);
            // A flow seen before but not in this window is none in it, not unknown.
            return sum.isEmpty() && latest != null ? Optional.of(new Figure(0, false, latest)) : sum;
        }
        CombineRule rule = measure.combine().map(Combine::rule).orElse(CombineRule.SUM);
        for (int i = months.size() - 1; i >= 0; i--) {
            Optional<Figure> month = combined(commune, measure.name(), months.get(i), rule, latest);
            if (month.isPresent()) {
                return month;
            }
        }
        return combined(commune, measure.name(), year, rule, latest);
    }

    private Optional<Figure> sum(String commune, String measure, List<String> periods, Long latest) {
        boolean seen = false;
        double sum = 0;
        double approximate = 0;
        for (String period : periods) {
            Double value = buckets.get(key(commune, measure, period, ""));
            if (value != null) {
                seen = true;
                sum += value;
            }
            Double approx = buckets.get(key(commune, measure, period, APPROXIMATE));
            approximate += approx == null ? 0 : approx;
        }
        return seen ? Optional.of(new Figure(sum, approximate > 0, latest)) : Optional.empty();
    }

    private Optional<Figure> combined(String commune, String measure, String period, CombineRule rule, Long latest) {
        List<java.math.BigDecimal> byReporter = new ArrayList<>();
        boolean approximate = false;
        try (KeyValueIterator<String, Double> it = buckets.prefixScan(key(commune, measure, period, ""), Serdes.String().serializer())) {
            while (it.hasNext()) {
                KeyValue<String, Double> entry = it.next();
                String slot = entry.key.substring(entry.key.lastIndexOf('|') + 1);
                if (slot.equals(APPROXIMATE)) {
                    approximate |= entry.value > 0;
                } else if (!slot.equals(LATEST)) {
                    byReporter.add(java.math.BigDecimal.valueOf(entry.value));
                }
            }
        }
        boolean isApproximate = approximate;
        return rule.combine(byReporter).map(v -> new Figure(v.doubleValue(), isApproximate, latest));
    }

    static String key(String commune, String measure, String period, String slot) {
        return commune + "|" + measure + "|" + period + "|" + slot;
    }
}
