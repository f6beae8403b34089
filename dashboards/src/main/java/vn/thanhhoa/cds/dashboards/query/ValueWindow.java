package vn.thanhhoa.cds.dashboards.query;

import java.util.Arrays;
import java.util.Optional;

/** The windows the engine evaluates (the {@code window_kind} column), with their Vietnamese labels. */
public enum ValueWindow {
    YEAR_TO_DATE("Từ đầu năm"),
    QUARTER_TO_DATE("Từ đầu quý"),
    MONTH_TO_DATE("Từ đầu tháng"),
    TRAILING_30_DAYS("30 ngày gần nhất"),
    AS_OF("Tại thời điểm");

    private final String label;

    ValueWindow(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<ValueWindow> parse(String text) {
        return Arrays.stream(values()).filter(w -> w.name().equals(text)).findFirst();
    }
}
