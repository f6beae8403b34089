package vn.thanhhoa.cds.catalog.indicator;

import java.util.Arrays;
import java.util.Optional;

/**
 * The window on which an indicator's status (met / below) is judged. Figures of shorter windows
 * (month-to-date of a yearly indicator) are trend, never a status.
 */
public enum Window {
    /** From 1 January of the assessed year to the day: yearly counts and ratios of flows. */
    YEAR_TO_DATE("year-to-date"),
    /**
     * A calendar month: monthly obligations (2026 item 30, broadcasts per month). The running month
     * is trend; the status is that of the last complete month.
     */
    MONTH("month"),
    /** The latest value on or before the day: stocks (coverage, accounts, declared states). */
    AS_OF("as-of");

    private final String spelling;

    Window(String spelling) {
        this.spelling = spelling;
    }

    public String spelling() {
        return spelling;
    }

    public static Optional<Window> parse(String text) {
        return Arrays.stream(values()).filter(w -> w.spelling.equals(text)).findFirst();
    }
}
