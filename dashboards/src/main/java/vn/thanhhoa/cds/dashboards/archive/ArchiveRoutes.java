package vn.thanhhoa.cds.dashboards.archive;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.thanhhoa.cds.dashboards.table.CellText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thanhhoa.cds.dashboards.query.ArchiveQuery;
import vn.thanhhoa.cds.dashboards.query.DeliveryQuery;
import vn.thanhhoa.cds.dashboards.units.Communes;
import vn.thanhhoa.cds.dashboards.units.ParentUnit;
import vn.thanhhoa.cds.dashboards.web.AccessGuard;
import vn.thanhhoa.cds.dashboards.web.PageFiles;
import vn.thanhhoa.cds.dashboards.web.Refused;
import vn.thanhhoa.cds.dashboards.web.Viewer;
import vn.thanhhoa.cds.store.archive.ArchivedReports;
import vn.thanhhoa.cds.store.archive.ArchivedReports.ArchivedReport;

/**
 * The page "Báo cáo tháng" ({@code /bao-cao}), its API ({@code /api/bao-cao-thang}; exports through
 * {@code /api/xuat/bao-cao-thang/…}) and the download of one archived file
 * ({@code GET /api/bao-cao-thang/{ma}}). A download checks, in this order, before any byte is read:
 * the viewer may see reports at all, the id has the reports module's form (nothing else reaches SQL),
 * the unit the id starts with is in the viewer's scope, the row exists, and the row's own unit is in
 * the scope; the bytes then must still have the SHA-256 the row recorded.
 */
public final class ArchiveRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(ArchiveRoutes.class);

    private final ArchiveView view;
    private final ArchiveQuery archive;
    private final Communes communes;
    private final PageFiles pages;

    private final DeliveryQuery deliveries;
    private final Optional<MonthlyReportMaking> making;
    private final Clock clock;

    /**
     * @param making makes a report on an analyst's demand; empty when this server cannot (503)
     */
    public ArchiveRoutes(ArchiveView view, ArchiveQuery archive, DeliveryQuery deliveries, Communes communes, PageFiles pages,
                         Optional<MonthlyReportMaking> making, Clock clock) {
        this.deliveries = deliveries;
        this.making = making;
        this.clock = clock;
        this.view = view;
        this.archive = archive;
        this.communes = communes;
        this.pages = pages;
    }

    public void configure(JavalinConfig config) {
        config.routes.get("/bao-cao", ctx -> {
            ArchiveScope.of(AccessGuard.viewer(ctx), communes);
            pages.serve(ctx, "bao-cao.html");
        });
        config.routes.get("/api/bao-cao-thang", ctx -> ctx.json(view.build(AccessGuard.viewer(ctx), ctx).json()));
        config.routes.get("/api/bao-cao-thang/{ma}", this::download);
        config.routes.post("/api/bao-cao-thang", this::make);
        // The status page's count (analysts only, as the page).
        config.routes.get("/api/gui-di/loi", ctx -> {
            AccessGuard.viewer(ctx).requireAnalyst();
            ctx.json(Map.of("failed", deliveries.failedCount(true, List.of())));
        });
    }

    private void download(Context ctx) {
        Viewer viewer = AccessGuard.viewer(ctx);
        ArchiveScope scope = ArchiveScope.of(viewer, communes);
        String id = ctx.pathParam("ma");
        if (!ArchivedReports.isReportId(id)) {
            throw Refused.badRequest("Mã báo cáo không hợp lệ.");
        }
        // The id starts with its unit: another unit's report is refused before any SQL, and again on the row's own unit.
        String unit = id.substring(0, id.indexOf('-'));
        if (!scope.allows(unit)) {
            throw Refused.forbidden("Bạn không có quyền tải báo cáo tháng của đơn vị có mã " + unit + ".");
        }
        ArchivedReport report = archive.find(id).orElseThrow(() -> Refused.notFound("Không có báo cáo tháng có mã " + id + "."));
        if (!scope.allows(report.unitCode())) {
            // Told apart from a missing id on purpose: the viewer knows the id already, and a 403 is what the logs should show.
            throw Refused.forbidden("Bạn không có quyền tải báo cáo tháng của đơn vị có mã " + report.unitCode() + ".");
        }
        byte[] bytes = archive.content(report);
        if (!ArchivedReports.sha256(bytes).equals(report.sha256())) {
            LOG.error("Archived report {} no longer has the SHA-256 recorded when it was stored; not served", id);
            throw Refused.serverFault("Tệp báo cáo " + id + " không còn khớp mã SHA-256 đã lưu nên không được tải về; hãy báo cho quản trị hệ thống.");
        }
        boolean pdf = "pdf".equals(report.format());
        ctx.contentType(pdf ? "application/pdf" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        ctx.header("Content-Disposition", "attachment; filename=\"" + id + "." + report.format() + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName(report), StandardCharsets.UTF_8).replace("+", "%20"));
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Content-SHA256", report.sha256());
        ctx.result(bytes);
    }

    private record MakeRequest(String donVi, String thang) {}

    /** {@code POST /api/bao-cao-thang {"donVi", "thang"}}: an analyst has a month's report made and archived (not sent). */
    private void make(Context ctx) {
        AccessGuard.viewer(ctx).requireAnalyst();
        MonthlyReportMaking maker = making.orElseThrow(() -> Refused.unavailable("Máy chủ này không lập báo cáo tháng theo yêu cầu."));
        MakeRequest request;
        try {
            request = ctx.bodyAsClass(MakeRequest.class);
        } catch (Exception e) {
            throw Refused.badRequest("Yêu cầu không đúng dạng JSON.");
        }
        String unit = request == null || request.donVi() == null ? "" : request.donVi().strip();
        if (!unit.matches("[0-9]{1,10}")) {
            throw Refused.badRequest("Mã đơn vị '" + unit + "' không hợp lệ.");
        }
        YearMonth month;
        try {
            month = YearMonth.parse(request.thang() == null ? "" : request.thang().strip());
        } catch (DateTimeParseException e) {
            throw Refused.badRequest("Tháng '" + request.thang() + "' không hợp lệ (cần dạng năm-tháng, ví dụ 2026-10).");
        }
        if (month.isAfter(YearMonth.now(clock.withZone(CellText.VIETNAM)))) {
            throw Refused.badRequest("Tháng " + DateTimeFormatter.ofPattern("MM/yyyy").format(month) + " chưa bắt đầu.");
        }
        if (!month.isBefore(YearMonth.of(2025, 7)) && !unit.equals(communes.province().code())) {
            throw Refused.badRequest("Từ tháng 07/2025 không còn cấp huyện: báo cáo tháng " + DateTimeFormatter.ofPattern("MM/yyyy").format(month)
                    + " chỉ lập cho toàn tỉnh (mã " + communes.province().code() + ").");
        }
        List<String> ids;
        try {
            ids = maker.make(unit, month);
        } catch (IllegalArgumentException e) {
            throw Refused.badRequest("Không lập được báo cáo của đơn vị " + unit + " tháng " + DateTimeFormatter.ofPattern("MM/yyyy").format(month)
                    + ": " + e.getMessage());
        }
        LOG.info("Monthly report {} {} made on demand by {}: {}", unit, month, AccessGuard.viewer(ctx).user().login(), ids);
        ctx.status(201).json(Map.of("ma", ids));
    }

    /** The name a person saves: "Báo cáo CĐS Huyện Triệu Sơn tháng 03-2024 (tạm tính).pdf". */
    String fileName(ArchivedReport report) {
        String unit = communes.parentUnit(report.unitCode()).map(ParentUnit::name).orElse("đơn vị " + report.unitCode());
        return "Báo cáo CĐS " + unit + " tháng " + DateTimeFormatter.ofPattern("MM-yyyy").format(report.month())
                + (report.provisional() ? " (tạm tính)" : "") + "." + report.format().toLowerCase(Locale.ROOT);
    }
}
