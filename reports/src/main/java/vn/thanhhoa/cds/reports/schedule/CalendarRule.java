package vn.thanhhoa.cds.reports.schedule;

import java.time.LocalTime;
import java.time.ZonedDateTime;

/** When a job next runs, in the province's calendar. */
@FunctionalInterface
public interface CalendarRule {

    /** The first run strictly after {@code now}. */
    ZonedDateTime nextAfter(ZonedDateTime now);

    /** On {@code day} of every month at {@code time} (day 1–28, so that every month has it). */
    static CalendarRule monthly(int day, LocalTime time) {
        if (day < 1 || day > 28) {
            throw new IllegalArgumentException("The monthly report day must be between 1 and 28, was " + day + ".");
        }
        return now -> {
            ZonedDateTime candidate = now.withDayOfMonth(day).with(time).withNano(0);
            return candidate.isAfter(now) ? candidate : candidate.plusMonths(1).withDayOfMonth(day);
        };
    }

    /** Every day at {@code time}. */
    static CalendarRule daily(LocalTime time) {
        return now -> {
            ZonedDateTime candidate = now.with(time).withNano(0);
            return candidate.isAfter(now) ? candidate : candidate.plusDays(1).with(time).withNano(0);
        };
    }
}
