package vn.thanhhoa.cds.dashboards.web;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.thanhhoa.cds.dashboards.indicators.IndicatorDirectory;
import vn.thanhhoa.cds.dashboards.indicators.IndicatorInfo;
import vn.thanhhoa.cds.dashboards.query.Acknowledgements;
import vn.thanhhoa.cds.dashboards.query.Alert;
import vn.thanhhoa.cds.dashboards.query.AlertQuery;
import vn.thanhhoa.cds.dashboards.query.FreshnessQuery;
import vn.thanhhoa.cds.dashboards.table.CellText;
import vn.thanhhoa.cds.dashboards.table.Column;
import vn.thanhhoa.cds.dashboards.table.DataTable;
import vn.thanhhoa.cds.dashboards.units.Commune;
import vn.thanhhoa.cds.dashboards.units.Communes;

/** The alert feed and data freshness ({@code /api/canh-bao}), for the communes of the viewer's scope. */
public final class AlertView {

    private final AlertQuery alerts;
    private final FreshnessQuery freshness;
    private final Communes communes;
    private final IndicatorDirectory indicators;
    private final Clock clock;
    private final Acknowledgements acknowledgements;

    public AlertView(AlertQuery alerts, FreshnessQuery freshness, Communes communes, IndicatorDirectory indicators, Clock clock,
                     Acknowledgements acknowledgements) {
        this.alerts = alerts;
        this.acknowledgements = acknowledgements;
        this.freshness = freshness;
        this.communes = communes;
        this.indicators = indicators;
        this.clock = clock;
    }

    public View build(Viewer viewer, Context ctx) {
        viewer.requireIndicators();
        DataTable.Builder feed = new DataTable.Builder("canh-bao", "Cảnh báo", List.of(Column.moment("luc", "Thời điểm"),
                Column.text("loai", "Loại"), Column.text("ma-xa", "Mã xã"), Column.text("xa", "Xã, phường"), Column.text("chi-tieu", "Chỉ tiêu"),
                Column.number("gia-tri", "Giá trị"), Column.number("muc-tieu", "Mục tiêu"), Column.text("chu-tri", "Đơn vị chủ trì"),
                Column.text("noi-dung", "Nội dung"), Column.text("da-xem", "Đã xem"), Column.text("ma", "Mã cảnh báo")));
        List<Alert> newest = alerts.newest(viewer.scope(), 500);
        Map<String, List<Acknowledgements.Acknowledgement>> seen = acknowledgements.of(newest.stream().map(Alert::alertId).toList());
        // What the page's buttons need for each row, in the rows' order: not printed, not exported.
        List<Map<String, Object>> actions = new ArrayList<>();
        newest.forEach(a -> {
            // The engine may leave name and owner out; the catalog knows both.
            var info = indicators.indicator(a.set(), a.indicator());
            String indicatorName = a.indicatorName() != null ? a.indicatorName() : info.map(IndicatorInfo::name).orElse("");
            String owner = a.owner() != null ? a.owner() : info.map(IndicatorInfo::owner).orElse(null);
            List<Acknowledgements.Acknowledgement> acks = seen.getOrDefault(a.alertId(), List.of());
            feed.row(a.raisedAt(), kind(a.kind()), a.commune(), name(a.commune()), (a.indicator() + " " + indicatorName).strip(), a.value(), a.target(),
                    owner, a.message(), acks.stream().map(ack -> ack.name() + " (" + CellText.of(Column.moment("luc", ""), ack.at()) + ")")
                            .collect(Collectors.joining("; ")), a.alertId());
            Map<String, Object> action = new LinkedHashMap<>();
            action.put("ma", a.alertId());
            action.put("bo", a.set());
            action.put("chiTieu", a.indicator());
            action.put("xa", a.commune());
            action.put("daXem", acks.stream().anyMatch(ack -> ack.login().equals(viewer.user().login())));
            actions.add(action);
        });
        DataTable.Builder fresh = new DataTable.Builder("do-moi", "Độ mới dữ liệu theo nguồn và xã", List.of(Column.text("ma-xa", "Mã xã"),
                Column.text("xa", "Xã, phường"), Column.text("nguon", "Nguồn"), Column.moment("moi-nhat", "Sự kiện mới nhất"),
                Column.number("so-ngay", "Số ngày chưa có dữ liệu mới"), Column.number("ban-ghi", "Số bản ghi")));
        Instant now = clock.instant();
        freshness.latest(viewer.scope()).forEach(f -> fresh.row(f.commune(), name(f.commune()), f.source().label(), f.newest(),
                Math.max(0, Duration.between(f.newest(), now).toDays()), f.events()));
        Map<String, DataTable> tables = new LinkedHashMap<>();
        tables.put("canh-bao", feed.build());
        tables.put("do-moi", fresh.build());
        return new View(tables, Map.of("actions", actions));
    }

    private String name(String code) {
        return communes.commune(code).map(Commune::name).orElse(code);
    }

    private static String kind(String kind) {
        return switch (kind) {
            case "BELOW" -> "Dưới mục tiêu";
            case "AT_RISK" -> "Có nguy cơ không đạt";
            case "STALE" -> "Nguồn dữ liệu ngừng gửi";
            case "RECOVERED" -> "Đã phục hồi";
            default -> kind;
        };
    }
}
