package vn.thanhhoa.cds.reports.monthly;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The month a report is about, and the moment its figures are read "as they stood".
 *
 * <p>A finished month is read as of the first instant of the next month in the province's time
 * zone: only computations made up to then count ({@code computed_at} before the cut-off), so a
 * value the engine computed later (a late correction, a replay) never changes a month already
 * reported, and generating March in June gives March's figures. A month not finished yet is read as
 * of now and the report says it is provisional.
 */
public record ReportMonth(YearMonth month) {

    public static final ZoneId PROVINCE_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Parses {@code yyyy-MM}, with one sentence when it is not that. */
    public static ReportMonth parse(String text) {
        try {
            return new ReportMonth(YearMonth.parse(text));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("The month '" + text + "' is not of the form yyyy-MM (for example 2026-03).", e);
        }
    }

    public LocalDate firstDay() {
        return month.atDay(1);
    }

    public LocalDate lastDay() {
        return month.atEndOfMonth();
    }

    public int year() {
        return month.getYear();
    }

    /** The first instant after the month, in the province's time zone. */
    public Instant end() {
        return month.plusMonths(1).atDay(1).atStartOfDay(PROVINCE_ZONE).toInstant();
    }

    public boolean isFinishedAt(Instant now) {
        return !now.isBefore(end());
    }

    /** Computations made before this instant count: the month's end, or {@code now} while the month runs. */
    public Instant cutoff(Instant now) {
        return isFinishedAt(now) ? end() : now;
    }

    public boolean startsAfter(Instant now) {
        return firstDay().atStartOfDay(PROVINCE_ZONE).toInstant().isAfter(now);
    }

    public ReportMonth previous() {
        return new ReportMonth(month.minusMonths(1));
    }

    @Override
    public String toString() {
        return month.toString();
    }
}
