package vn.thanhhoa.cds.dashboards.archive;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vn.thanhhoa.cds.dashboards.access.Role;
import vn.thanhhoa.cds.dashboards.units.Communes;
import vn.thanhhoa.cds.dashboards.web.Refused;
import vn.thanhhoa.cds.dashboards.web.Viewer;

/**
 * Whose monthly reports a viewer may list and download. A report is the whole of its unit (every
 * commune under it), so the unit decides: an analyst sees every unit's, a reviewer its own unit's (a
 * reviewer of the province every unit's, the province-wide report included). A commune officer sees
 * none: a district's or the province's report holds other communes' figures, and an officer sees only
 * their commune. A reporting body sees none either. Both are refused with one sentence.
 *
 * @param units the unit codes visible; ignored when {@code all}
 */
public record ArchiveScope(boolean all, Set<String> units) {

    public ArchiveScope {
        units = all ? Set.of() : Set.copyOf(units);
    }

    public static ArchiveScope of(Viewer viewer, Communes communes) {
        return switch (viewer.role()) {
            case PROVINCE_ANALYST -> new ArchiveScope(true, Set.of());
            case UNIT_REVIEWER -> {
                String unit = viewer.user().unit().orElseThrow();
                yield unit.equals(communes.province().code()) ? new ArchiveScope(true, Set.of()) : new ArchiveScope(false, Set.of(unit));
            }
            case COMMUNE_OFFICER -> throw Refused.forbidden("Báo cáo tháng gồm số liệu của mọi xã trong đơn vị, nên chỉ cán bộ thẩm tra và chuyên viên tỉnh được xem; "
                    + "số liệu của xã mình có ở trang Xã của tôi.");
            case REPORTING_BODY -> throw Refused.forbidden("Tài khoản " + Role.REPORTING_BODY.vietnameseName().toLowerCase(java.util.Locale.ROOT)
                    + " không xem kho báo cáo tháng.");
        };
    }

    public boolean allows(String unitCode) {
        return all || units.contains(unitCode);
    }

    /** Whether the viewer sees the deliveries of alerts and digests too (they go to people of every commune). */
    public boolean seesAlertDeliveries() {
        return all;
    }

    /** The visible units in code order (meaningless when {@code all}). */
    public List<String> sortedUnits() {
        return List.copyOf(new TreeSet<>(units));
    }
}
