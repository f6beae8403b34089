package vn.thanhhoa.cds.streams.windows;

import java.time.LocalDate;
import java.util.List;
import vn.thanhhoa.cds.catalog.indicator.Window;
import vn.thanhhoa.cds.schemas.indicator.ValueWindow;

/**
 * The windows an indicator's value is given for on a day (Asia/Ho_Chi_Minh dates), and which one its
 * status is judged on: a yearly indicator is judged year-to-date and its month and quarter are
 * trend; a monthly one is judged on its month; a stock as of the day. Flows of the running year also
 * have the trailing 30 days (trend).
 */
public final class ValueWindows {

    /** A window from {@code start} to {@code end}, both days included. */
    public record Span(ValueWindow window, LocalDate start, LocalDate end, boolean judged) {

        public int year() {
            return end.getYear();
        }
    }

    private ValueWindows() {
    }

    /** Days in the trailing window, the day itself included. */
    public static final int TRAILING_DAYS = 30;

    /**
     * @param live whether {@code day} is today: the trailing 30 days are the recent pace, given for
     *             the running year only (a past year is as of its last day, and its days are not kept)
     */
    public static List<Span> of(Window judgedOn, LocalDate day, boolean live) {
        LocalDate yearStart = day.withDayOfYear(1);
        if (judgedOn == Window.AS_OF) {
            return List.of(new Span(ValueWindow.AS_OF, yearStart, day, true));
        }
        LocalDate quarterStart = day.withMonth(((day.getMonthValue() - 1) / 3) * 3 + 1).withDayOfMonth(1);
        List<Span> spans = new java.util.ArrayList<>(List.of(
                new Span(ValueWindow.MONTH_TO_DATE, day.withDayOfMonth(1), day, judgedOn == Window.MONTH),
                new Span(ValueWindow.QUARTER_TO_DATE, quarterStart, day, false),
                new Span(ValueWindow.YEAR_TO_DATE, yearStart, day, judgedOn == Window.YEAR_TO_DATE)));
        if (live) {
            spans.add(trailing(day));
        }
        return List.copyOf(spans);
    }

    /** The 30 days ending on {@code day}, from local midnight 29 days before: trend, never judged. */
    public static Span trailing(LocalDate day) {
        return new Span(ValueWindow.TRAILING_30_DAYS, day.minusDays(TRAILING_DAYS - 1), day, false);
    }
}
