package vn.thanhhoa.cds.streams.indicators;

import java.time.LocalDate;
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
import vn.thanhhoa.cds.catalog.measure.Source;
import vn.thanhhoa.cds.schemas.indicator.ValueWindow;
import vn.thanhhoa.cds.streams.measures.Observation;
import vn.thanhhoa.cds.streams.windows.ValueWindows.Span;

/**
 * A commune's measures by period, summed from observations, and a measure's value over a window:
 * a flow adds up its months (or, over the trailing 30 days, its days); a stock is its latest month in the window (several reporters combined
 * by the catalog's rule), or the year's declared figure; a distinct count is the year's.
 *
 * <p>Keys: {@code commune|measure|period|slot}, the period a year, a month or (a system's flow, the
 * last month or so only) a day; {@code slot} "" for a plain sum, the reporter for a
 * stock whose reporters combine otherwise, {@value #APPROXIMATE} for the part placed in the commune
 * through a fallback field, and {@value #LATEST} (period "") for the newest event time.
 */
public final class MeasureValues {

    static final String APPROXIMATE = "~";
    static final String LATEST = "@";
    private static final String DAY = "yyyy-MM-dd";
    private static final String MONTH = "yyyy-MM";

    private final KeyValueStore<String, Double> buckets;
    // The store's contents read back once: a window's value reads dozens of buckets (the trailing
    // window sixty), and a read through the store's layers (metrics, key serialisation) cost most of
    // an evaluation. The store stays the truth, changelogged; this copy is rebuilt from it whenever a
    // processor is initialised, which Kafka Streams does again after restoring or reviving a task.
    private final java.util.Map<String, Double> read = new java.util.HashMap<>();

    public MeasureValues(KeyValueStore<String, Double> buckets) {
        this.buckets = buckets;
        try (KeyValueIterator<String, Double> all = buckets.all()) {
            while (all.hasNext()) {
                KeyValue<String, Double> entry = all.next();
                read.put(entry.key, entry.value);
            }
        }
    }

    private Double get(String key) {
        return read.get(key);
    }

    private void put(String key, double value) {
        buckets.put(key, value);
        read.put(key, value);
    }

    /** What a window's value is made of: the figure, whether part of it is approximate, its newest event. */
    public record Figure(double value, boolean approximate, Long latestEventAt) {
    }

    /**
     * @param keepDaysFrom the first day a flow is also kept by day (for the trailing window); older
     *                     days are in their month only, so the store stays about a month of days deep
     */
    public void apply(Observation o, LocalDate keepDaysFrom) {
        String period = o.period();
        if (period.length() == DAY.length()) {
            if (period.compareTo(keepDaysFrom.toString()) >= 0) { // yyyy-MM-dd texts order as their days do
                add(key(o.commune(), o.measure(), period, o.slot()), o.delta());
            }
            period = period.substring(0, MONTH.length());
        }
        add(key(o.commune(), o.measure(), period, o.slot()), o.delta());
        if (o.approximate()) {
            add(key(o.commune(), o.measure(), period, APPROXIMATE), o.delta());
        }
        String latestKey = key(o.commune(), o.measure(), "", LATEST);
        Double latest = get(latestKey);
        if (latest == null || latest < o.eventTime()) {
            put(latestKey, (double) o.eventTime());
        }
    }

    private void add(String key, double delta) {
        Double current = get(key);
        double sum = (current == null ? 0 : current) + delta;
        // A key that once had data keeps a zero: "none this month" differs from "never reported".
        put(key, Math.abs(sum) < 1e-9 ? 0.0 : sum);
    }

    public Optional<Figure> value(String commune, Measure measure, Span span) {
        Long latest = Optional.ofNullable(get(key(commune, measure.name(), "", LATEST))).map(Double::longValue).orElse(null);
        String year = String.valueOf(span.year());
        boolean fromYearStart = span.start().getDayOfYear() == 1;
        if (span.window() == ValueWindow.TRAILING_30_DAYS && measure.type() == MeasureType.FLOW) {
            return trailing(commune, measure, span, latest);
        }
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

    /** A system's flow over the days of the window; a declared or reported figure has no days. */
    private Optional<Figure> trailing(String commune, Measure measure, Span span, Long latest) {
        if (Source.DECLARATION.equals(measure.source()) || measure.combine().isPresent()) {
            return Optional.empty();
        }
        List<String> days = new ArrayList<>();
        for (LocalDate day = span.start(); !day.isAfter(span.end()); day = day.plusDays(1)) {
            days.add(day.toString());
        }
        Optional<Figure> sum = sum(commune, measure.name(), days, latest);
        return sum.isEmpty() && latest != null ? Optional.of(new Figure(0, false, latest)) : sum;
    }

    /** Forgets the days before {@code cutoff}: they stay in their months. */
    public void forgetDaysBefore(LocalDate cutoff) {
        String first = cutoff.toString();
        List<String> old = new ArrayList<>();
        try (KeyValueIterator<String, Double> all = buckets.all()) {
            while (all.hasNext()) {
                String key = all.next().key;
                String[] parts = key.split("\\|", -1);
                if (parts.length == 4 && parts[2].length() == DAY.length() && parts[2].compareTo(first) < 0) {
                    old.add(key);
                }
            }
        }
        old.forEach(key -> {
            buckets.delete(key);
            read.remove(key);
        });
    }

    private Optional<Figure> sum(String commune, String measure, List<String> periods, Long latest) {
        boolean seen = false;
        double sum = 0;
        double approximate = 0;
        for (String period : periods) {
            Double value = get(key(commune, measure, period, ""));
            if (value != null) {
                seen = true;
                sum += value;
            }
            Double approx = get(key(commune, measure, period, APPROXIMATE));
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
