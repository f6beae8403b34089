package vn.thanhhoa.cds.dashboards.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.thanhhoa.cds.dashboards.indicators.IndicatorDirectory;
import vn.thanhhoa.cds.dashboards.indicators.IndicatorInfo;
import vn.thanhhoa.cds.dashboards.query.CommuneQuery;
import vn.thanhhoa.cds.dashboards.query.LatestValue;
import vn.thanhhoa.cds.dashboards.query.Recognition;
import vn.thanhhoa.cds.dashboards.query.Selection;
import vn.thanhhoa.cds.dashboards.query.TrendPoint;
import vn.thanhhoa.cds.dashboards.table.Column;
import vn.thanhhoa.cds.dashboards.table.DataTable;
import vn.thanhhoa.cds.dashboards.units.Commune;
import vn.thanhhoa.cds.dashboards.units.Communes;

/** A commune's page ({@code /api/xa/{ma}}): every indicator with value, target, status, owner and trend; the recognition outlook. */
public final class CommuneView {

    private final CommuneQuery query;
    private final Communes communes;
    private final IndicatorDirectory indicators;
    private final Params params;

    public CommuneView(CommuneQuery query, Communes communes, IndicatorDirectory indicators, Params params) {
        this.query = query;
        this.communes = communes;
        this.indicators = indicators;
        this.params = params;
    }

    public View build(Viewer viewer, Context ctx, String code) {
        viewer.requireCommune(code);
        Commune commune = communes.commune(code).orElseThrow(() -> Refused.notFound("Không có xã, phường nào mang mã " + code + "."));
        Selection selection = params.selection(ctx);
        Map<String, LatestValue> latest = query.latest(code, selection).stream()
                .collect(Collectors.toMap(LatestValue::indicator, v -> v, (a, b) -> a, LinkedHashMap::new));
        Map<String, List<TrendPoint>> trend = query.trend(code, selection).stream()
                .collect(Collectors.groupingBy(TrendPoint::indicator, LinkedHashMap::new, Collectors.toList()));
        Optional<Recognition> recognition = query.recognition(code, selection);

        DataTable.Builder table = new DataTable.Builder("chi-tieu", "Chỉ tiêu của " + commune.name(), List.of(Column.text("ma", "Mã"),
                Column.text("ten", "Chỉ tiêu"), Column.text("tru-cot", "Trụ cột"), Column.number("gia-tri", "Giá trị"),
                Column.text("don-vi-tinh", "Đơn vị tính"), Column.text("muc-tieu", "Mục tiêu"), Column.status("tinh-trang", "Tình trạng"),
Column.text("chu-tri", "Đơn vị chủ trì"), Column.day("den-ngay", "Số liệu đến ngày"),
                Column.moment("tinh-luc", "Tính lúc")));
        List<Map<String, Object>> series = new ArrayList<>();
        for (IndicatorInfo info : indicators.indicators(selection.set())) {
            LatestValue v = latest.get(info.code());
            table.row(info.code(), info.name(), info.pillarName(), v == null ? null : v.value(), info.unit(), v == null ? "" : v.target().text(),
                    v == null ? "NO_DATA" : v.status(), info.owner(), v == null ? null : v.windowEnd(), v == null ? null : v.computedAt());
            List<TrendPoint> points = trend.getOrDefault(info.code(), List.of());
            series.add(Map.of("code", info.code(), "days", points.stream().map(p -> p.day().toString()).toList(),
                    "values", points.stream().map(p -> p.value() == null ? "" : p.value()).toList()));
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("selection", params.describe(selection));
        extra.put("commune", commune);
        extra.put("recognition", recognition.orElse(null));
        extra.put("trends", series);
        return new View(Map.of("chi-tieu", table.build()), extra);
    }
}
