package vn.thanhhoa.cds.dashboards;

/** The page shown instead of one the viewer may not open (403) or that does not exist (404). */
final class RefusalPage {

    private RefusalPage() {
    }

    static String html(int status, String message) {
        String title = status == 403 ? "Không có quyền truy cập" : status == 404 ? "Không tìm thấy" : "Yêu cầu không hợp lệ";
        return "<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + title + "</title>"
                + "<link rel=\"stylesheet\" href=\"/cds.css\"></head><body><header><h1>" + title + "</h1></header>"
                + "<main><section><p id=\"refused\" class=\"down\">" + escape(message) + "</p>"
                + "<p><a href=\"/\">Về trang chính</a> · <a href=\"/dang-nhap\">Đăng nhập bằng tài khoản khác</a></p></section></main></body></html>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
