package vn.thanhhoa.cds.dashboards.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import vn.thanhhoa.cds.dashboards.archive.ArchiveView;
import vn.thanhhoa.cds.dashboards.live.LiveUpdates;
import vn.thanhhoa.cds.dashboards.table.CsvExport;
import vn.thanhhoa.cds.dashboards.table.DataTable;
import vn.thanhhoa.cds.dashboards.table.XlsxExport;

/**
 * The indicator pages, their JSON APIs, the exports of every table they show and the live event
 * stream. Thin: each handler takes the viewer from the guard and asks a view.
 *
 * <p>Exports: {@code GET /api/xuat/{trang}/{bang}.{csv|xlsx}} with the page's own query parameters
 * ({@code ma} for a commune or an indicator), built by the same view as the page, so the role's
 * filter applies to them as to the page.
 */
public final class IndicatorRoutes {

    private final OverviewView overview;
    private final CommuneView commune;
    private final IndicatorView indicator;
    private final AlertView alerts;
    private final ReportedView reported;
    private final ArchiveView archive;
    private final LiveUpdates live;
    private final PageFiles pages;

    public IndicatorRoutes(OverviewView overview, CommuneView commune, IndicatorView indicator, AlertView alerts, ReportedView reported,
                           ArchiveView archive, LiveUpdates live, PageFiles pages) {
        this.archive = archive;
        this.overview = overview;
        this.commune = commune;
        this.indicator = indicator;
        this.alerts = alerts;
        this.reported = reported;
        this.live = live;
        this.pages = pages;
    }

    public void configure(JavalinConfig config) {
        config.routes.get("/tong-quan", ctx -> page(ctx, "tong-quan.html", v -> v.requireIndicators()));
        config.routes.get("/xa/{ma}", ctx -> page(ctx, "xa.html", v -> v.requireCommune(ctx.pathParam("ma"))));
        config.routes.get("/chi-tieu", ctx -> page(ctx, "chi-tieu.html", v -> v.requireIndicators()));
        config.routes.get("/canh-bao", ctx -> page(ctx, "canh-bao.html", v -> v.requireIndicators()));

        config.routes.get("/api/tong-quan", ctx -> ctx.json(overview.build(AccessGuard.viewer(ctx), ctx).json()));
        config.routes.get("/api/xa/{ma}", ctx -> ctx.json(commune.build(AccessGuard.viewer(ctx), ctx, ctx.pathParam("ma")).json()));
        config.routes.get("/api/chi-tieu", ctx -> ctx.json(indicator.build(AccessGuard.viewer(ctx), ctx).json()));
        config.routes.get("/api/canh-bao", ctx -> ctx.json(alerts.build(AccessGuard.viewer(ctx), ctx).json()));
        config.routes.get("/api/bao-cao/da-doc", ctx -> ctx.json(reported.build(AccessGuard.viewer(ctx), ctx).json()));
        config.routes.get("/api/xuat/{trang}/{tep}", this::export);
        // Checked before the stream opens: once it has, a refusal could no longer be answered with a status.
        config.routes.before("/api/truc-tiep", ctx -> AccessGuard.viewer(ctx).requireIndicators());
        config.routes.sse("/api/truc-tiep", live::join);
    }

    private void page(Context ctx, String file, java.util.function.Consumer<Viewer> check) {
        check.accept(AccessGuard.viewer(ctx));
        pages.serve(ctx, file);
    }

    private View view(String page, Context ctx) {
        Viewer viewer = AccessGuard.viewer(ctx);
        return switch (page) {
            case "tong-quan" -> overview.build(viewer, ctx);
            case "xa" -> commune.build(viewer, ctx, required(ctx, "ma"));
            case "chi-tieu" -> indicator.build(viewer, ctx);
            case "canh-bao" -> alerts.build(viewer, ctx);
            case "bao-cao" -> reported.build(viewer, ctx);
            case "bao-cao-thang" -> archive.build(viewer, ctx);
            default -> throw Refused.notFound("Không có trang '" + page + "' để xuất.");
        };
    }

    private void export(Context ctx) throws IOException {
        String file = ctx.pathParam("tep");
        int dot = file.lastIndexOf('.');
        String format = dot < 0 ? "" : file.substring(dot + 1);
        if (!format.equals("csv") && !format.equals("xlsx")) {
            throw Refused.badRequest("Chỉ xuất được tệp .csv hoặc .xlsx.");
        }
        String name = file.substring(0, dot);
        DataTable table = view(ctx.pathParam("trang"), ctx).tables().get(name);
        if (table == null) {
            throw Refused.notFound("Trang này không có bảng '" + name + "'.");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (format.equals("csv")) {
            CsvExport.write(table, bytes);
            ctx.contentType("text/csv; charset=utf-8");
        } else {
            XlsxExport.write(table, bytes);
            ctx.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        }
        String download = ctx.pathParam("trang") + "-" + file;
        ctx.header("Content-Disposition", "attachment; filename=\"" + download.replaceAll("[^A-Za-z0-9._-]", "_") + "\"; filename*=UTF-8''"
                + URLEncoder.encode(download, StandardCharsets.UTF_8).replace("+", "%20"));
        ctx.header("Cache-Control", "no-store");
        ctx.result(bytes.toByteArray());
    }

    private static String required(Context ctx, String param) {
        String value = ctx.queryParam(param);
        if (value == null || value.isBlank()) {
            throw Refused.badRequest("Thiếu tham số '" + param + "'.");
        }
        return value;
    }
}
