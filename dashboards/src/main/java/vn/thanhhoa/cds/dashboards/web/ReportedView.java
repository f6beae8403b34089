package vn.thanhhoa.cds.dashboards.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import vn.thanhhoa.cds.dashboards.access.Role;
import vn.thanhhoa.cds.dashboards.query.ReportedQuery;
import vn.thanhhoa.cds.dashboards.table.Column;
import vn.thanhhoa.cds.dashboards.table.DataTable;

/**
 * What was read from a reporting body's monthly reports ({@code /api/bao-cao/da-doc}): a reporting
 * body sees only its own; an analyst names the body with {@code nguon}.
 */
public final class ReportedView {

    private final ReportedQuery query;

    public ReportedView(ReportedQuery query) {
        this.query = query;
    }

    public View build(Viewer viewer, Context ctx) {
        viewer.requireUploads();
        String body = viewer.role() == Role.REPORTING_BODY ? viewer.user().body().orElseThrow() : ctx.queryParam("nguon");
        if (body == null || body.isBlank()) {
            throw Refused.badRequest("Hãy chọn đơn vị báo cáo (tham số nguon).");
        }
        if (!body.matches("[A-Z_]{1,20}")) {
            throw Refused.badRequest("Đơn vị báo cáo '" + body + "' không hợp lệ.");
        }
        DataTable.Builder table = new DataTable.Builder("da-doc", "Số liệu đã đọc từ báo cáo của " + body, List.of(Column.moment("luc", "Nhận lúc"),
                Column.text("tep", "Tệp"), Column.number("dong", "Dòng"), Column.text("ma-xa", "Mã xã"), Column.text("chi-so", "Chỉ số"),
                Column.text("ky", "Kỳ"), Column.number("gia-tri", "Giá trị"), Column.text("bo-trong", "Ô bỏ trống")));
        query.ofBody(body, 1000).forEach(r -> table.row(r.reportedAt(), r.file(), r.row(), r.commune(), r.measure(), r.period(), r.value(), r.missing()));
        return new View(Map.of("da-doc", table.build()), Map.of("body", body));
    }
}
