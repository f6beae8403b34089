package vn.thanhhoa.cds.dashboards.benchmark;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.thanhhoa.cds.adminunits.unit.AdministrativeUnit;
import vn.thanhhoa.cds.adminunits.unit.AdministrativeUnits;
import vn.thanhhoa.cds.catalog.Catalog;
import vn.thanhhoa.cds.catalog.indicator.Indicator;
import vn.thanhhoa.cds.catalog.indicator.IndicatorSet;
import vn.thanhhoa.cds.catalog.indicator.Window;

/**
 * What the benchmark loads, decided in Java from the reference data and the catalog: the days, the
 * units in force on each (old communes and districts until 30 June 2025, the 166 new communes
 * after), the windows the engine gives each indicator of each year's set, and how many
 * computations a day has. The loader turns this into SQL; the expected row counts are counted here
 * by plain loops over the same lists, not read back from ClickHouse.
 */
final class ProvinceHistory {

    /** The days a unit is in force within the history, both ends included. */
    record UnitSpan(String code, String level, LocalDate from, LocalDate to) {

        boolean covers(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    /** One indicator of one year's set in one window kind, with a made-up province target. */
    record IndicatorWindow(String set, String code, int year, String window, boolean judged, double target) {}

    /** A stretch of days over which the same communes are in force (raw events are spread over it). */
    record Segment(LocalDate from, LocalDate to, List<String> communes) {

        long days() {
            return to.toEpochDay() - from.toEpochDay() + 1;
        }
    }

    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final List<UnitSpan> units;
    private final List<IndicatorWindow> windows;

    ProvinceHistory(AdministrativeUnits reference, Catalog catalog, int years, LocalDate lastDay) {
        if (years < 1 || years > 3) {
            throw new IllegalArgumentException("benchmark.years must be 1, 2 or 3 (years of history ending on " + lastDay + "), was " + years);
        }
        this.lastDay = lastDay;
        this.firstDay = LocalDate.of(lastDay.getYear() - years + 1, 1, 1);
        this.units = spans(reference, firstDay, lastDay);
        this.windows = new ArrayList<>();
        for (int year = firstDay.getYear(); year <= lastDay.getYear(); year++) {
            int y = year;
            IndicatorSet set = catalog.setFor(year).orElseThrow(() -> new IllegalStateException("the catalog has no set for " + y));
            for (Indicator indicator : set.indicators()) {
                windows.addAll(windowsOf(set.id(), indicator, year, year == lastDay.getYear()));
            }
        }
    }

    private static List<UnitSpan> spans(AdministrativeUnits reference, LocalDate first, LocalDate last) {
        List<UnitSpan> spans = new ArrayList<>();
        for (AdministrativeUnit unit : reference.all()) {
            LocalDate from = unit.validity().from().filter(f -> f.isAfter(first)).orElse(first);
            LocalDate to = unit.validity().to().filter(t -> t.isBefore(last)).orElse(last);
            if (!to.isBefore(from)) {
                spans.add(new UnitSpan(unit.code(), unit.level().name(), from, to));
            }
        }
        return List.copyOf(spans);
    }

    /** As the engine's ValueWindows: a stock as of the day; a flow month, quarter and year to date, and the trailing 30 days in the running year. */
    private static List<IndicatorWindow> windowsOf(String set, Indicator indicator, int year, boolean running) {
        double target = 50 + Math.floorMod(indicator.code().hashCode(), 45);
        if (indicator.window() == Window.AS_OF) {
            return List.of(new IndicatorWindow(set, indicator.code(), year, "AS_OF", true, target));
        }
        List<IndicatorWindow> kinds = new ArrayList<>(List.of(
                new IndicatorWindow(set, indicator.code(), year, "MONTH_TO_DATE", indicator.window() == Window.MONTH, target),
                new IndicatorWindow(set, indicator.code(), year, "QUARTER_TO_DATE", false, target),
                new IndicatorWindow(set, indicator.code(), year, "YEAR_TO_DATE", indicator.window() == Window.YEAR_TO_DATE, target)));
        if (running) {
            kinds.add(new IndicatorWindow(set, indicator.code(), year, "TRAILING_30_DAYS", false, target));
        }
        return kinds;
    }

    /**
     * Computations of one day's windows: three on the 1st and 15th (a late correction and a replay
     * after a fix), two on Mondays (the weekly bank file), one otherwise. The loader's SQL says the same.
     */
    static int computations(LocalDate day) {
        if (day.getDayOfMonth() == 1 || day.getDayOfMonth() == 15) {
            return 3;
        }
        return day.getDayOfWeek() == DayOfWeek.MONDAY ? 2 : 1;
    }

    /** {@link #computations} in ClickHouse SQL, over a Date32 column {@code day}. */
    static final String COMPUTATIONS_SQL = "if(toDayOfMonth(day) IN (1, 15), 3, if(toDayOfWeek(day) = 1, 2, 1))";

    LocalDate firstDay() {
        return firstDay;
    }

    LocalDate lastDay() {
        return lastDay;
    }

    List<UnitSpan> units() {
        return units;
    }

    List<IndicatorWindow> windows() {
        return windows;
    }

    List<IndicatorWindow> windows(int year) {
        return windows.stream().filter(w -> w.year() == year).toList();
    }

    /** The set of a year, as the catalog selects it. */
    String setOf(int year) {
        return windows(year).getFirst().set();
    }

    /** The indicator codes of a year's set, in catalog order. */
    List<String> codesOf(int year) {
        return windows(year).stream().map(IndicatorWindow::code).distinct().toList();
    }

    /** Indicators of a year's set that have a value in this window kind. */
    long indicatorsIn(int year, String window) {
        return windows(year).stream().filter(w -> w.window().equals(window)).count();
    }

    List<String> communesOn(LocalDate day) {
        return units.stream().filter(u -> u.level().equals("COMMUNE") && u.covers(day)).map(UnitSpan::code).sorted().toList();
    }

    /** The stretches of days with one list of communes each (two across the 1 July 2025 reform). */
    List<Segment> communeSegments() {
        Map<String, Segment> segments = new LinkedHashMap<>();
        for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
            List<String> communes = communesOn(day);
            String key = String.join(",", communes);
            LocalDate d = day;
            segments.merge(key, new Segment(day, day, communes), (old, now) -> new Segment(old.from(), d, old.communes()));
        }
        return List.copyOf(segments.values());
    }

    /** Rows of indicator_value_daily: every unit in force each day × its year's windows × that day's computations. */
    long expectedValueRows() {
        Map<Integer, Integer> windowsPerYear = windows.stream().collect(Collectors.groupingBy(IndicatorWindow::year, TreeMap::new,
                Collectors.summingInt(w -> 1)));
        long rows = 0;
        for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
            LocalDate d = day;
            long unitsOn = units.stream().filter(u -> u.covers(d)).count();
            rows += unitsOn * windowsPerYear.get(day.getYear()) * computations(day);
        }
        return rows;
    }

    /** Rows of indicator_value_latest once merged: one per unit span key, year and window (the newest computation). */
    long expectedLatestRows() {
        long rows = 0;
        for (int year = firstDay.getYear(); year <= lastDay.getYear(); year++) {
            LocalDate start = LocalDate.of(year, 1, 1);
            LocalDate end = year == lastDay.getYear() ? lastDay : LocalDate.of(year, 12, 31);
            // The table's key has the code, not the level: a code in force twice in a year (reused by the reform) is one key.
            long codes = units.stream().filter(u -> !u.to().isBefore(start) && !u.from().isAfter(end)).map(UnitSpan::code)
                    .distinct().count();
            rows += codes * windows(year).size();
        }
        return rows;
    }

    /** Rows of recognition_commune: each commune in force each day, one assessment. */
    long expectedRecognitionRows() {
        long rows = 0;
        for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
            rows += communesOn(day).size();
        }
        return rows;
    }

    /** Rows a source's generator writes over a segment at {@code perYear} rows a year. */
    static long rowsOver(Segment segment, long perYear) {
        return Math.round(perYear * segment.days() / 365.0);
    }
}
