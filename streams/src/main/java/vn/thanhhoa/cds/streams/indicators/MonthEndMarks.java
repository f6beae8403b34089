package vn.thanhhoa.cds.streams.indicators;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import vn.thanhhoa.cds.streams.measures.Observation;

/**
 * The past months whose month-end values an observation changed, per commune, with the measures
 * it changed: an observation of a month (or a day of it) before the current month changes that
 * month's figures and, year-to-date, those of every later past month of its year. A set, so a month
 * that receives a hundred thousand events between two evaluations is evaluated once. December of a
 * past year is left out: the year's regular value is already as of 31 December. A yearly period
 * ("yyyy") has no month and marks none. Unlike the live marks (a start re-evaluates the whole
 * running year), the marks are also kept in a changelogged store: the observations behind them are
 * committed every commit interval, the marks evaluated only every few seconds, so a crash in between
 * would lose a past month's value for good. A mark is written when it is new (once per commune-month
 * and measure between two evaluations), so a backfill's hundred thousand events cost a few writes.
 */
final class MonthEndMarks {

    /** A marked commune-month and the measures changed in it. */
    record Marked(String commune, YearMonth month, Set<String> measures) {
    }

    private final Map<String, Set<String>> marked = new LinkedHashMap<>();
    // The earliest month marked since the last drain per commune, measure, year and current month:
    // a mark runs from its month to the same last month, so a later month of that year is marked
    // already, and a replay's millions of observations cost one look-up each, not a loop of months.
    private final Map<String, String> earliest = new java.util.HashMap<>();
    private final KeyValueStore<String, String> store;
    // Observations of past months since the last drain. Many (a replay or a backfill) means the same
    // months will change again in the next seconds: their evaluation waits, at most SETTLE_WITHIN.
    private long pastObservations;
    private long deferredSince = -1;

    /** Past-month observations between two drains above which the marks wait: a thousand a second over the default 10 s. */
    static final long CATCHING_UP = 10_000;
    /** The longest a month-end evaluation waits while past months keep changing. */
    static final java.time.Duration SETTLE_WITHIN = java.time.Duration.ofSeconds(60);

    /** @param store the marks of the last run, restored from its changelog, kept up to date: {@code commune|yyyy-MM} → measures joined by "|" */
    MonthEndMarks(KeyValueStore<String, String> store) {
        this.store = store;
        try (KeyValueIterator<String, String> all = store.all()) {
            all.forEachRemaining(entry -> marked.put(entry.key, new LinkedHashSet<>(java.util.List.of(entry.value.split("\\|")))));
        }
    }

    /** Marks the observation's month and the later past months of its year, if its month is before {@code current}. */
    void mark(Observation observation, YearMonth current) {
        if (observation.period().length() < 7) {
            return;
        }
        // yyyy-MM texts order as their months do.
        String monthText = observation.period().substring(0, 7);
        String currentText = current.toString();
        if (monthText.compareTo(currentText) >= 0) {
            return;
        }
        pastObservations++;
        String since = observation.commune() + "|" + observation.measure() + "|" + monthText.substring(0, 4) + "|" + currentText;
        String from = earliest.get(since);
        if (from != null && monthText.compareTo(from) >= 0) {
            return;
        }
        earliest.put(since, monthText);
        YearMonth month = YearMonth.parse(monthText);
        YearMonth last = month.getYear() == current.getYear() ? current.minusMonths(1) : YearMonth.of(month.getYear(), 11);
        for (YearMonth m = month; !m.isAfter(last); m = m.plusMonths(1)) {
            String key = observation.commune() + "|" + m;
            Set<String> measures = marked.computeIfAbsent(key, k -> new LinkedHashSet<>());
            if (measures.add(observation.measure())) {
                store.put(key, String.join("|", measures));
            }
        }
    }

    /**
     * Each marked commune-month once, then none marked; unless past months are still arriving by the
     * thousand (a replay: each drain would evaluate the same months again), then at most
     * {@link #SETTLE_WITHIN} after the first drain that waited. A late event or a small backfill is
     * evaluated at the next drain.
     *
     * @param now the engine's wall clock, epoch milliseconds
     */
    void drain(long now, java.util.function.Consumer<Marked> evaluate) {
        boolean catchingUp = pastObservations > CATCHING_UP;
        pastObservations = 0;
        if (catchingUp && !marked.isEmpty()) {
            if (deferredSince < 0) {
                deferredSince = now;
            }
            if (now - deferredSince < SETTLE_WITHIN.toMillis()) {
                return;
            }
        }
        deferredSince = -1;
        for (Map.Entry<String, Set<String>> entry : marked.entrySet()) {
            int bar = entry.getKey().lastIndexOf('|');
            evaluate.accept(new Marked(entry.getKey().substring(0, bar), YearMonth.parse(entry.getKey().substring(bar + 1)), entry.getValue()));
            store.delete(entry.getKey());
        }
        marked.clear();
        earliest.clear();
    }
}
