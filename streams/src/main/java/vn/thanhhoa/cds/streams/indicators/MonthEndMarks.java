package vn.thanhhoa.cds.streams.indicators;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import vn.thanhhoa.cds.streams.measures.Observation;

/**
 * The past months whose month-end values an observation changed, per commune, with the measures
 * it changed: an observation of a month (or a day of it) before the current month changes that
 * month's figures and, year-to-date, those of every later past month of its year. A set, so a month
 * that receives a hundred thousand events between two evaluations is evaluated once. December of a
 * past year is left out: the year's regular value is already as of 31 December. A yearly period
 * ("yyyy") has no month and marks none. Kept in memory only, like the live marks: after a crash the
 * uncommitted observations are processed again and mark their months again.
 */
final class MonthEndMarks {

    /** A marked commune-month and the measures changed in it. */
    record Marked(String commune, YearMonth month, Set<String> measures) {
    }

    private final Map<String, Set<String>> marked = new LinkedHashMap<>();

    /** Marks the observation's month and the later past months of its year, if its month is before {@code current}. */
    void mark(Observation observation, YearMonth current) {
        if (observation.period().length() < 7) {
            return;
        }
        YearMonth month = YearMonth.parse(observation.period().substring(0, 7));
        if (!month.isBefore(current)) {
            return;
        }
        YearMonth last = month.getYear() == current.getYear() ? current.minusMonths(1) : YearMonth.of(month.getYear(), 11);
        for (YearMonth m = month; !m.isAfter(last); m = m.plusMonths(1)) {
            marked.computeIfAbsent(observation.commune() + "|" + m, k -> new LinkedHashSet<>()).add(observation.measure());
        }
    }

    /** Each marked commune-month once, then none marked. */
    void drain(java.util.function.Consumer<Marked> evaluate) {
        for (Map.Entry<String, Set<String>> entry : marked.entrySet()) {
            int bar = entry.getKey().lastIndexOf('|');
            evaluate.accept(new Marked(entry.getKey().substring(0, bar), YearMonth.parse(entry.getKey().substring(bar + 1)), entry.getValue()));
        }
        marked.clear();
    }
}
