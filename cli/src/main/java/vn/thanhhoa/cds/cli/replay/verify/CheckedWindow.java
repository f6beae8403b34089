package vn.thanhhoa.cds.cli.replay.verify;

import java.time.LocalDate;

/**
 * The windows the engine writes a value for, as the issue defines them (Asia/Ho_Chi_Minh days, both
 * ends included), worked out here again: month-, quarter- and year-to-date and the trailing 30 days
 * (the day and the 29 before it) for flows, and as of the day for stocks, each ending on the as-of day.
 */
public enum CheckedWindow {
    YEAR_TO_DATE, QUARTER_TO_DATE, MONTH_TO_DATE, TRAILING_30_DAYS, AS_OF;

    /** The first day of the window ending on {@code asOf}. */
    public LocalDate start(LocalDate asOf) {
        return switch (this) {
            case YEAR_TO_DATE, AS_OF -> LocalDate.of(asOf.getYear(), 1, 1);
            case QUARTER_TO_DATE -> LocalDate.of(asOf.getYear(), 1 + 3 * ((asOf.getMonthValue() - 1) / 3), 1);
            case MONTH_TO_DATE -> asOf.withDayOfMonth(1);
            case TRAILING_30_DAYS -> asOf.minusDays(29);
        };
    }

    public boolean contains(LocalDate day, LocalDate asOf) {
        return day != null && !day.isBefore(start(asOf)) && !day.isAfter(asOf);
    }

    /** The windows of a flow indicator judged on its year to date. */
    public static final java.util.List<CheckedWindow> FLOW = java.util.List.of(YEAR_TO_DATE, QUARTER_TO_DATE, MONTH_TO_DATE, TRAILING_30_DAYS);
}
