package vn.thanhhoa.cds.dashboards.upload;

import java.util.Map;

/**
 * A body that sends monthly reports, as the upload page lists it.
 *
 * @param code the code its folder is configured under, e.g. {@code BANK}
 * @param name what officers call it, e.g. "Ngân hàng"
 */
public record ReportingBody(String code, String name) {

    /** The bodies known today; a body configured later shows under its code until it is named here. */
    private static final Map<String, String> NAMES = Map.of(
            "BANK", "Ngân hàng",
            "TELECOM", "Viễn thông",
            "POWER", "Điện lực");

    public static ReportingBody of(String code) {
        return new ReportingBody(code, NAMES.getOrDefault(code, code));
    }
}
