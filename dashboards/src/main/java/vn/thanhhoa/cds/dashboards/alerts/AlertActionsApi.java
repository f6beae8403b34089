package vn.thanhhoa.cds.dashboards.alerts;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.thanhhoa.cds.dashboards.access.Role;
import vn.thanhhoa.cds.dashboards.indicators.IndicatorDirectory;
import vn.thanhhoa.cds.dashboards.indicators.IndicatorInfo;
import vn.thanhhoa.cds.dashboards.query.Acknowledgements;
import vn.thanhhoa.cds.dashboards.query.AlertMutes;
import vn.thanhhoa.cds.dashboards.query.AlertQuery;
import vn.thanhhoa.cds.dashboards.units.Commune;
import vn.thanhhoa.cds.dashboards.units.Communes;
import vn.thanhhoa.cds.dashboards.web.AccessGuard;
import vn.thanhhoa.cds.dashboards.web.Refused;
import vn.thanhhoa.cds.dashboards.web.Viewer;

/**
 * What a person does with the alert feed: "Đã xem" ({@code POST /api/canh-bao/da-xem}
 * {@code {"ma": alertId}}) and "Tắt thông báo" / "Bật lại thông báo"
 * ({@code POST /api/canh-bao/tat-thong-bao} {@code {"bo", "chiTieu", "xa", "tat"}}; {@code xa} empty
 * for every commune), and the signed-in user's mutes ({@code GET /api/canh-bao/tat-thong-bao}).
 * Mutes belong to the login: the notifier skips, for the subscriptions linked to that login, the
 * alerts they cover. Scope as everywhere: an alert or a commune outside the viewer's is refused.
 */
public final class AlertActionsApi {

    private final AlertQuery alerts;
    private final Acknowledgements acknowledgements;
    private final AlertMutes mutes;
    private final Communes communes;
    private final IndicatorDirectory indicators;
    private final Clock clock;

    public AlertActionsApi(AlertQuery alerts, Acknowledgements acknowledgements, AlertMutes mutes, Communes communes, IndicatorDirectory indicators,
                           Clock clock) {
        this.alerts = alerts;
        this.acknowledgements = acknowledgements;
        this.mutes = mutes;
        this.communes = communes;
        this.indicators = indicators;
        this.clock = clock;
    }

    public void configure(JavalinConfig config) {
        config.routes.post("/api/canh-bao/da-xem", this::acknowledge);
        config.routes.get("/api/canh-bao/tat-thong-bao", this::listMutes);
        config.routes.post("/api/canh-bao/tat-thong-bao", this::mute);
    }

    private record AcknowledgeRequest(String ma) {}

    private record MuteRequest(String bo, String chiTieu, String xa, Boolean tat) {}

    private void acknowledge(Context ctx) {
        Viewer viewer = AccessGuard.viewer(ctx);
        viewer.requireIndicators();
        String id = body(ctx, AcknowledgeRequest.class).ma();
        if (!AlertQuery.isAlertId(id)) {
            throw Refused.badRequest("Mã cảnh báo không hợp lệ.");
        }
        AlertQuery.AlertSubject alert = alerts.subject(id).orElseThrow(() -> Refused.notFound("Không có cảnh báo có mã " + id + "."));
        if (!viewer.scope().allows(alert.commune())) {
            throw Refused.forbidden("Bạn không có quyền xác nhận cảnh báo của xã có mã " + alert.commune() + ".");
        }
        Acknowledgements.Acknowledgement done = acknowledgements.acknowledge(alert, viewer.user().login(), viewer.user().name(), clock.instant());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("ma", done.alertId());
        json.put("nguoiXem", done.name());
        json.put("dangNhap", done.login());
        json.put("luc", done.at());
        ctx.json(json);
    }

    private void listMutes(Context ctx) {
        Viewer viewer = AccessGuard.viewer(ctx);
        viewer.requireIndicators();
        ctx.json(Map.of("mutes", mutes.of(viewer.user().login()).stream().map(m -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("bo", m.set());
            json.put("chiTieu", m.indicator());
            json.put("tenChiTieu", indicators.indicator(m.set(), m.indicator()).map(IndicatorInfo::name).orElse(""));
            json.put("xa", m.commune());
            json.put("tenXa", m.commune().isEmpty() ? "Mọi xã" : communes.commune(m.commune()).map(Commune::name).orElse(m.commune()));
            json.put("tuLuc", m.since());
            return json;
        }).toList()));
    }

    private void mute(Context ctx) {
        Viewer viewer = AccessGuard.viewer(ctx);
        viewer.requireIndicators();
        MuteRequest request = body(ctx, MuteRequest.class);
        String set = request.bo() == null ? "" : request.bo().strip();
        String code = request.chiTieu() == null ? "" : request.chiTieu().strip();
        if (indicators.set(set).isEmpty() || indicators.indicator(set, code).isEmpty()) {
            throw Refused.badRequest("Không có chỉ tiêu '" + code + "' trong bộ chỉ tiêu '" + set + "'.");
        }
        String commune = request.xa() == null ? "" : request.xa().strip();
        if (commune.isEmpty() && viewer.role() == Role.COMMUNE_OFFICER) {
            // An officer hears of their own commune only: muting "every commune" is muting theirs.
            commune = viewer.user().unit().orElseThrow();
        }
        if (!commune.isEmpty()) {
            if (communes.commune(commune).isEmpty()) {
                throw Refused.badRequest("Không có xã có mã '" + commune + "'.");
            }
            if (!viewer.scope().allows(commune)) {
                throw Refused.forbidden("Bạn không có quyền tắt thông báo của xã có mã " + commune + ".");
            }
        }
        boolean muted = request.tat() == null || request.tat();
        mutes.set(viewer.user().login(), set, code, commune, muted, clock.instant());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("bo", set);
        json.put("chiTieu", code);
        json.put("xa", commune);
        json.put("tat", muted);
        ctx.json(json);
    }

    private static <T> T body(Context ctx, Class<T> type) {
        try {
            T body = ctx.bodyAsClass(type);
            if (body == null) {
                throw Refused.badRequest("Yêu cầu không có nội dung.");
            }
            return body;
        } catch (Refused refused) {
            throw refused;
        } catch (Exception e) {
            // Jackson's parse errors are checked exceptions that Javalin rethrows unchecked.
            throw Refused.badRequest("Yêu cầu không đúng dạng JSON.");
        }
    }
}
