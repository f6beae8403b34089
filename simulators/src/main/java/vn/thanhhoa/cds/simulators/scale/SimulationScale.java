package vn.thanhhoa.cds.simulators.scale;

import java.time.YearMonth;
import java.util.Locale;

/**
 * How much the simulated sources produce, and over which months: the demo's small feed (16 months
 * from the reform, fast to start), a province-scale year (the 166 communes as busy as a real year:
 * about 10 million raw events, for replays and benchmarks), or a small one for tests.
 *
 * @param dossiers one-stop dossiers received (each written as its status changes, with repeats)
 * @param people   people with health-record events
 * @param documents incoming and outgoing documents
 * @param tasks    tasks assigned and tracked
 */
public record SimulationScale(String name, YearMonth firstMonth, int months, int dossiers, int people, int documents, int tasks) {

    public SimulationScale {
        if (months < 1 || dossiers < 1 || people < 1 || documents < 1 || tasks < 1) {
            throw new IllegalArgumentException("a simulation needs at least one month and one of each thing, was " + name);
        }
    }

    /** The demo's feed: July 2025 (the new communes) to October 2026. */
    public static SimulationScale demo() {
        return new SimulationScale("demo", YearMonth.of(2025, 7), 16, 6000, 20_000, 8000, 5000);
    }

    /**
     * A province-scale year: on the order of two million one-stop dossiers (each becomes about 2.6
     * status lines), 1.2 million people with health-record events (about 2.5 each; the province has
     * 3.7 million people), 1.2 million documents and 300,000 tasks (about 2.8 lines each). With 2
     * million dossiers the feed counted 10,158,973 export lines, of which 9,925,357 became raw records
     * and 253,558 dead letters (2026-11-26), a little short of the 10 million raw events issue 14 asks
     * for; 2.1 million dossiers add about 260,000 lines. The totals are the year's whatever the number
     * of months: a run over fewer months puts the whole year's volume into them.
     */
    public static SimulationScale province(int year) {
        return new SimulationScale("province", YearMonth.of(year, 1), 12, 2_100_000, 1_200_000, 1_200_000, 300_000);
    }

    /** A few months of a year, for tests of the whole pipeline that must stay short. */
    public static SimulationScale small(int year) {
        return new SimulationScale("small", YearMonth.of(year, 1), 3, 1500, 3000, 1500, 600);
    }

    /** {@code demo}, {@code province} or {@code small}, for the given year (the demo's months are its own). */
    public static SimulationScale named(String name, int year) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "demo" -> demo();
            case "province" -> province(year);
            case "small" -> small(year);
            default -> throw new IllegalArgumentException("Unknown scale '" + name + "': use demo, small or province.");
        };
    }
}
