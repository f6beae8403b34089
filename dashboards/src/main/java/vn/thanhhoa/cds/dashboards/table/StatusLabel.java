package vn.thanhhoa.cds.dashboards.table;

/** The engine's statuses in Vietnamese. */
public final class StatusLabel {

    private StatusLabel() {
    }

    public static String of(String status) {
        return switch (status) {
            case "MET" -> "Đạt";
            case "AT_RISK" -> "Có nguy cơ";
            case "BELOW" -> "Chưa đạt";
            case "NO_DATA" -> "Chưa có dữ liệu";
            case "NOT_APPLICABLE" -> "Không áp dụng";
            case "TREND" -> "Theo dõi";
            default -> status;
        };
    }
}
