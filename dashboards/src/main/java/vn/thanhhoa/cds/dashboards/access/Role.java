package vn.thanhhoa.cds.dashboards.access;

/** What a signed-in person may see; the scope of each role is narrowed by {@link User}'s own fields. */
public enum Role {
    /** Every commune, every page, the pipeline status and uploads. */
    PROVINCE_ANALYST("Chuyên viên phân tích cấp tỉnh"),
    /** The communes of one parent unit (a former district, or the province). */
    UNIT_REVIEWER("Cán bộ thẩm tra đơn vị"),
    /** One commune only. */
    COMMUNE_OFFICER("Cán bộ xã"),
    /** The monthly-report upload of one reporting body and what was read from that body's reports. */
    REPORTING_BODY("Đơn vị báo cáo");

    private final String vietnameseName;

    Role(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    /** Whether the role reads indicator values, alerts and freshness (of the communes in its scope). */
    public boolean readsIndicators() {
        return this != REPORTING_BODY;
    }

    /** Whether the role may upload monthly reports. */
    public boolean uploadsReports() {
        return this == PROVINCE_ANALYST || this == REPORTING_BODY;
    }
}
