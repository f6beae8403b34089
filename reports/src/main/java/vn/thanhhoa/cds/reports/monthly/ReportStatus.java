package vn.thanhhoa.cds.reports.monthly;

import java.util.Arrays;

/**
 * An indicator's status in a report, with the words the report prints. The engine's own statuses
 * ({@code indicator_value_daily.status}) map one to one; a commune with no value for an indicator
 * by the cut-off is {@link #NO_DATA}.
 */
public enum ReportStatus {
    MET("Đạt"),
    AT_RISK("Có nguy cơ"),
    BELOW("Không đạt"),
    NO_DATA("Chưa có dữ liệu"),
    NOT_APPLICABLE("Không áp dụng");

    private final String vietnamese;

    ReportStatus(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    public String vietnamese() {
        return vietnamese;
    }

    /** A status as ClickHouse holds it; a judged value is never TREND, so anything else is a broken row. */
    public static ReportStatus fromStored(String stored) {
        return Arrays.stream(values()).filter(s -> s.name().equals(stored)).findFirst()
                .orElseThrow(() -> new IllegalStateException("indicator_value_daily holds a judged value with status '" + stored
                        + "'; a report expects MET, AT_RISK, BELOW, NO_DATA or NOT_APPLICABLE"));
    }

    public boolean needsAttention() {
        return this == BELOW || this == AT_RISK;
    }
}
