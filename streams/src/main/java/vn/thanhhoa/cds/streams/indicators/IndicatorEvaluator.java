package vn.thanhhoa.cds.streams.indicators;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import vn.thanhhoa.cds.catalog.Catalog;
import vn.thanhhoa.cds.catalog.indicator.Bound;
import vn.thanhhoa.cds.catalog.indicator.Indicator;
import vn.thanhhoa.cds.catalog.indicator.IndicatorKind;
import vn.thanhhoa.cds.catalog.indicator.IndicatorSet;
import vn.thanhhoa.cds.catalog.measure.Measure;
import vn.thanhhoa.cds.catalog.measure.Source;
import vn.thanhhoa.cds.catalog.target.Assignment;
import vn.thanhhoa.cds.schemas.indicator.IndicatorValue;
import vn.thanhhoa.cds.schemas.indicator.UnitLevel;
import vn.thanhhoa.cds.schemas.indicator.ValueStatus;
import vn.thanhhoa.cds.schemas.indicator.ValueWindow;
import vn.thanhhoa.cds.schemas.reference.StatisticRecord;
import vn.thanhhoa.cds.schemas.reference.TargetRecord;
import vn.thanhhoa.cds.streams.measures.Observation;
import vn.thanhhoa.cds.streams.measures.RecordField;
import vn.thanhhoa.cds.streams.windows.ValueWindows;
import vn.thanhhoa.cds.streams.windows.ValueWindows.Span;

/**
 * A commune's indicators, recomputed from its measures whenever an observation changes one of
 * them: for each indicator of the year's set (as the commune's own assignment defines it) that
 * uses the measure, the value of each window as of today (or the year's last day, for a past
 * year), compared with the target live from {@code ref.target} on the window the catalog judges.
 * Nothing is hand-coded per indicator: kind, measures, window and bound are the catalog's.
 */
public final class IndicatorEvaluator implements Processor<String, Observation, String, IndicatorValue> {

    private final Catalog catalog;
    private final Clock clock;
    private final EngineStores stores;
    private final ReferenceChanges references;
    private final java.time.Duration evaluateEvery;
    private final java.time.Duration monthEndEvery;
    // Past months an observation changed: their values as of the month's last day, evaluated apart.
    private MonthEndMarks monthEnds;
    // Communes, years and measures changed since the last evaluation. Kept in memory only: after a
    // crash the uncommitted observations are processed again and mark them again.
    private final java.util.Map<String, java.util.Set<String>> changed = new java.util.LinkedHashMap<>();
    // The day of the last evaluation: when the day changes, month-, quarter- and year-to-date move,
    // so every commune of the current year is evaluated again (and once after a start).
    private LocalDate evaluatedOn;
    private KeyValueStore<String, Double> buckets;
    private ProcessorContext<String, IndicatorValue> context;
    private MeasureValues measures;
    private LiveTarget targets;
    private ReferenceLookup<StatisticRecord> statistics;

    /**
     * @param evaluateEvery how often the changed communes are evaluated: once per interval rather
     *                      than once per observation, so that a backlog of a thousand dossiers of a
     *                      commune gives its values once, not a thousand times
     * @param monthEndEvery how often the past months changed since are evaluated as of their last day
     *                      (values keyed with the month, see {@link #isMonthEnd(String)})
     */
    public IndicatorEvaluator(Catalog catalog, Clock clock, EngineStores stores, ReferenceChanges references, java.time.Duration evaluateEvery,
                              java.time.Duration monthEndEvery) {
        this.monthEndEvery = monthEndEvery;
        this.references = references;
        this.catalog = catalog;
        this.clock = clock;
        this.stores = stores;
        this.evaluateEvery = evaluateEvery;
    }

    @Override
    public void init(ProcessorContext<String, IndicatorValue> context) {
        this.context = context;
        this.buckets = context.getStateStore(stores.measureBuckets());
        this.measures = new MeasureValues(buckets);
        this.monthEnds = new MonthEndMarks(context.getStateStore(stores.monthEndMarks()));
        this.targets = new LiveTarget(new ReferenceLookup<>(context.getStateStore(stores.targets()), references));
        this.statistics = new ReferenceLookup<>(context.getStateStore(stores.statistics()), references);
        context.schedule(evaluateEvery, org.apache.kafka.streams.processor.PunctuationType.WALL_CLOCK_TIME, now -> evaluateChanged(now));
        context.schedule(monthEndEvery, org.apache.kafka.streams.processor.PunctuationType.WALL_CLOCK_TIME, now -> evaluateMonthEnds(now));
    }

    @Override
    public void process(Record<String, Observation> record) {
        Observation observation = record.value();
        if (evaluatedOn == null) {
            evaluatedOn = LocalDate.now(clock.withZone(RecordField.VIETNAM));
            measures.forgetDaysBefore(keepDaysFrom());
            markCurrentYear(evaluatedOn.getYear()); // once after a start
        }
        measures.apply(observation, keepDaysFrom());
        changed.computeIfAbsent(observation.commune() + "|" + observation.year(), k -> new java.util.LinkedHashSet<>()).add(observation.measure());
        if (observation.period().length() == 10 && observation.period().startsWith("12", 5)) {
            // A December day is in January's trailing 30 days of the next year too.
            changed.computeIfAbsent(observation.commune() + "|" + (observation.year() + 1), k -> new java.util.LinkedHashSet<>()).add(observation.measure());
        }
        monthEnds.mark(observation, java.time.YearMonth.from(evaluatedOn));
    }

    /**
     * Each commune-month marked since, as of the month's last day: month-, quarter- and year-to-date
     * (as-of for stocks), no trailing 30 days and no projection (the days behind a past pace are not
     * kept). Keyed with the month, so that it never replaces the live value of its key.
     */
    private void evaluateMonthEnds(long now) {
        monthEnds.drain(now, marked -> {
            LocalDate monthEnd = marked.month().atEndOfMonth();
            int year = monthEnd.getYear();
            Optional<IndicatorSet> set = catalog.setFor(year);
            if (set.isEmpty()) {
                return;
            }
            Optional<Assignment> assignment = catalog.assignment(set.get().id(), marked.commune(), monthEnd);
            for (Indicator declared : set.get().indicators()) {
                Indicator indicator = assignment.map(a -> a.effective(declared, year)).orElse(declared);
                if (marked.measures().stream().anyMatch(measure -> uses(indicator, measure))) {
                    for (Span span : ValueWindows.of(indicator.window(), monthEnd, false)) {
                        IndicatorValue value = evaluate(set.get(), indicator, marked.commune(), span, false);
                        context.forward(new Record<>(monthEndKey(value), value, now));
                    }
                }
            }
        });
    }

    private void evaluateChanged(long now) {
        LocalDate today = LocalDate.now(clock.withZone(RecordField.VIETNAM));
        if (!today.equals(evaluatedOn)) {
            evaluatedOn = today;
            measures.forgetDaysBefore(keepDaysFrom());
            markCurrentYear(today.getYear());
        }
        for (java.util.Map.Entry<String, java.util.Set<String>> entry : changed.entrySet()) {
            int bar = entry.getKey().lastIndexOf('|');
            evaluate(entry.getKey().substring(0, bar), Integer.parseInt(entry.getKey().substring(bar + 1)), entry.getValue(), now);
        }
        changed.clear();
    }

    /** The first day flows are kept by day: the trailing window's, with a day to spare. */
    private LocalDate keepDaysFrom() {
        return evaluatedOn.minusDays(ValueWindows.TRAILING_DAYS);
    }

    /** Marks every commune and measure of the year as changed, from the keys of the measure store. */
    private void markCurrentYear(int year) {
        String prefix = "|" + year;
        try (org.apache.kafka.streams.state.KeyValueIterator<String, Double> all = buckets.all()) {
            while (all.hasNext()) {
                String[] parts = all.next().key.split("\\|", -1);
                if (parts.length == 4 && parts[2].startsWith(String.valueOf(year))) {
                    changed.computeIfAbsent(parts[0] + prefix, k -> new java.util.LinkedHashSet<>()).add(parts[1]);
                }
            }
        }
    }

    /** Every indicator of the commune's year that uses one of the changed measures, each window once. */
    private void evaluate(String commune, int year, java.util.Set<String> measuresChanged, long timestamp) {
        LocalDate today = LocalDate.now(clock.withZone(RecordField.VIETNAM));
        if (year > today.getYear()) {
            return; // a period in the future is kept, and judged when its year comes
        }
        LocalDate asOf = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
        Optional<IndicatorSet> set = catalog.setFor(year);
        if (set.isEmpty()) {
            return;
        }
        Optional<Assignment> assignment = catalog.assignment(set.get().id(), commune, asOf);
        for (Indicator declared : set.get().indicators()) {
            Indicator indicator = assignment.map(a -> a.effective(declared, year)).orElse(declared);
            if (measuresChanged.stream().anyMatch(measure -> uses(indicator, measure))) {
                for (Span span : ValueWindows.of(indicator.window(), asOf, year == today.getYear())) {
                    IndicatorValue value = evaluate(set.get(), indicator, commune, span, true);
                    context.forward(new Record<>(key(value), value, timestamp));
                }
            }
        }
    }

    private static boolean uses(Indicator indicator, String measure) {
        return indicator.computation().numerator().equals(measure) || indicator.computation().denominator().filter(measure::equals).isPresent()
                || ScoredPoints.measures(indicator).contains(measure);
    }

    /** @param projected whether a year-to-date value gets its year-end projection (a month-end value does not) */
    private IndicatorValue evaluate(IndicatorSet set, Indicator indicator, String commune, Span span, boolean projected) {
        Optional<MeasureValues.Figure> numerator = figure(commune, indicator.computation().numerator(), span);
        Optional<Double> denominator = indicator.computation().denominatorConstant().map(java.math.BigDecimal::doubleValue)
                .or(() -> indicator.computation().denominator().flatMap(d -> figure(commune, d, span)).map(MeasureValues.Figure::value));
        if (numerator.isEmpty() && denominator.isPresent() && countedBySystem(indicator.computation().numerator())) {
            // A system counts every entry: none counted where the denominator has some is zero, not unknown.
            numerator = Optional.of(new MeasureValues.Figure(0, false, null));
        }
        Double value = null;
        if (numerator.isPresent()) {
            if (indicator.kind() != IndicatorKind.RATIO) {
                value = numerator.get().value();
            } else if (denominator.isPresent() && denominator.get() > 0) {
                value = numerator.get().value() / denominator.get() * 100;
            }
        }
        Optional<TargetRecord> target = targets.of(set.id(), indicator.code(), span.year(), commune);
        Double projection = value == null || !projected || span.window() != ValueWindow.YEAR_TO_DATE ? null
                : new YearEndProjection(catalog.measures(), (measure, window) -> figure(commune, measure, window))
                        .of(indicator, span, numerator.get().value(), denominator.orElse(null)).orElse(null);
        ValueStatus status = value == null ? ValueStatus.NO_DATA
                : !span.judged() ? ValueStatus.TREND
                : target.isEmpty() ? ValueStatus.NOT_APPLICABLE
                : !LiveTarget.isMet(target.get(), value) ? ValueStatus.BELOW
                // Met today, but the days left going as the recent ones went would miss it.
                : projection != null && !LiveTarget.isMet(target.get(), projection) ? ValueStatus.AT_RISK
                : ValueStatus.MET;
        // Tiers score the judged window only: item 30's tiers are per month, not per quarter or year.
        Double points = span.judged()
                ? ScoredPoints.of(indicator, measure -> figure(commune, measure, span).map(MeasureValues.Figure::value)).orElse(null)
                : null;
        return IndicatorValue.newBuilder()
                .setUnitCode(commune)
                .setUnitLevel(UnitLevel.COMMUNE)
                .setIndicatorSet(set.id())
                .setIndicatorCode(indicator.code())
                .setYear(span.year())
                .setWindowKind(span.window())
                .setWindowStart(span.start())
                .setWindowEnd(span.end())
                .setJudged(span.judged())
                .setNumerator(numerator.map(MeasureValues.Figure::value).orElse(null))
                .setDenominator(indicator.kind() == IndicatorKind.RATIO ? denominator.orElse(null) : null)
                .setValue(value)
                .setTargetOperator(target.map(TargetRecord::getOperator).orElse(null))
                .setTargetValue(target.map(TargetRecord::getValue).orElse(null))
                .setTargetUpper(target.map(TargetRecord::getUpper).orElse(null))
                .setCommuneTarget(target.map(LiveTarget::isCommuneSpecific).orElse(false))
                .setStatus(status)
                .setYearEndProjection(projection)
                .setPoints(points)
                .setApproximate(numerator.map(MeasureValues.Figure::approximate).orElse(false))
                .setDataQuality(dataQuality(indicator, value))
                .setLatestEventAt(numerator.map(MeasureValues.Figure::latestEventAt).map(Instant::ofEpochMilli).orElse(null))
                .setComputedAt(clock.instant())
                .build();
    }

    /** A measure over the window: a reference statistic of the commune's year, or what the observations add up to. */
    private Optional<MeasureValues.Figure> figure(String commune, String measureName, Span span) {
        Optional<Measure> measure = catalog.measures().measure(measureName);
        if (measure.isEmpty()) {
            return Optional.empty();
        }
        if (Source.REFERENCE.equals(measure.get().source())) {
            return statistics.get(commune + "|" + span.year() + "|" + measureName)
                    .map(s -> new MeasureValues.Figure(s.getValue(), false, null));
        }
        return measures.value(commune, measure.get(), span);
    }

    /** Whether a source system's records give the measure (a declared or reported figure absent is unknown, not zero). */
    private boolean countedBySystem(String measureName) {
        return catalog.measures().measure(measureName)
                .map(m -> m.derivation().isPresent() && m.combine().isEmpty() && !Source.DECLARATION.equals(m.source()))
                .orElse(false);
    }

    /** The catalog says whether a ratio may pass 100 %; either way the raw value is kept and the excess said. */
    private static String dataQuality(Indicator indicator, Double value) {
        if (value == null || indicator.kind() != IndicatorKind.RATIO || value <= 100) {
            return null;
        }
        return indicator.bound() == Bound.WITHIN_100
                ? "above 100 % although the numerator lies within the denominator: the data is wrong"
                : "above 100 %: " + indicator.boundReason().orElse("the numerator is not part of the denominator");
    }

    static String key(IndicatorValue value) {
        return value.getUnitCode() + "|" + value.getIndicatorSet() + "|" + value.getIndicatorCode() + "|" + value.getYear() + "|" + value.getWindowKind();
    }

    /** {@code unit|set|code|year|window|yyyy-MM}: compaction keeps each month's latest apart from the live value. */
    public static String monthEndKey(IndicatorValue value) {
        return key(value) + "|" + java.time.YearMonth.from(value.getWindowEnd());
    }

    /** Whether a key of this processor's output is a month-end value's ({@link #monthEndKey}) rather than a live one's. */
    public static boolean isMonthEnd(String key) {
        return key.chars().filter(c -> c == '|').count() == 5;
    }
}
