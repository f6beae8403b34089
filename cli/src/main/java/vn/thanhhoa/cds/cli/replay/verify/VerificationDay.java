package vn.thanhhoa.cds.cli.replay.verify;

import java.time.LocalDate;
import java.util.List;

/**
 * The day the expected values are worked out as of, as the engine judges it: today
 * (Asia/Ho_Chi_Minh) for the running year, whose flows also have the trailing 30 days; a past year's
 * last day otherwise.
 */
public record VerificationDay(int year, LocalDate asOf, boolean live) {

    public static VerificationDay of(int year, LocalDate today) {
        if (year > today.getYear()) {
            throw new IllegalArgumentException("The year " + year + " has not begun on " + today + ": nothing to verify yet.");
        }
        return year == today.getYear() ? new VerificationDay(year, today, true) : new VerificationDay(year, LocalDate.of(year, 12, 31), false);
    }

    /** The windows of a flow the engine gives on this day. */
    public List<CheckedWindow> flowWindows() {
        return live ? CheckedWindow.FLOW : CheckedWindow.FLOW.subList(0, 3);
    }
}
