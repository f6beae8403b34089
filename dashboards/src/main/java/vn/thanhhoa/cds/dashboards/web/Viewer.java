package vn.thanhhoa.cds.dashboards.web;

import vn.thanhhoa.cds.dashboards.access.Role;
import vn.thanhhoa.cds.dashboards.access.Scope;
import vn.thanhhoa.cds.dashboards.access.Session;
import vn.thanhhoa.cds.dashboards.access.User;

/** Who is asking, and which communes they may see: every handler reads the request through one. */
public record Viewer(Session session, Scope scope) {

    public User user() {
        return session.user();
    }

    public Role role() {
        return session.user().role();
    }

    public void requireIndicators() {
        if (!role().readsIndicators()) {
            throw Refused.forbidden("Tài khoản " + role().vietnameseName().toLowerCase(java.util.Locale.ROOT) + " chỉ được nộp báo cáo và xem kết quả đọc báo cáo của đơn vị mình.");
        }
    }

    public void requireCommune(String code) {
        requireIndicators();
        if (!scope.allows(code)) {
            throw Refused.forbidden("Bạn không có quyền xem số liệu của xã có mã " + code + ".");
        }
    }

    public void requireAnalyst() {
        if (role() != Role.PROVINCE_ANALYST) {
            throw Refused.forbidden("Trang này chỉ dành cho chuyên viên phân tích cấp tỉnh.");
        }
    }

    public void requireUploads() {
        if (!role().uploadsReports()) {
            throw Refused.forbidden("Tài khoản này không nộp báo cáo tháng.");
        }
    }
}
