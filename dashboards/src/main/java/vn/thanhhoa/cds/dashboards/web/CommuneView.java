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
import vn.thanhhoa.cds.dashboards.query.EvidenceQuery;
import vn.thanhhoa.cds.dashboards.query.LatestValue;
import vn.thanhhoa.cds.dashboards.query.Recognition;
import vn.thanhhoa.cds.dashboards.query.Selection;
import vn.thanhhoa.cds.dashboards.query.TrendPoint;
import vn.thanhhoa.cds.dashboards.table.Column;
import vn.thanhhoa.cds.dashboards.table.DataTable;
import vn.thanhhoa.cds.dashboards.units.Commune;
import vn.thanhhoa.cds.dashboards.units.Communes;

/**
 * A commune's page ({@code /api/xa/{ma}}): every indicator with value, target, status, owner,
 * evidence and trend; the recognition outlook.
 */
public final class CommuneView {

    /** Where the page downloads a kept evidence document of this commune from; empty for a reference that is not one (a document number). */
    @FunctionalInterface
    public interface EvidenceLinks {
        Optional<String> link(String commune, String reference);
    }

    private final CommuneQuery query;
    private final EvidenceQuery evidence;
    private final EvidenceLinks links;
    private final Communes communes;
    private final IndicatorDirectory indicators;
    private final Params params;

    public CommuneView(CommuneQuery query, EvidenceQuery evidence, EvidenceLinks links, Communes communes, IndicatorDirectory indicators, Params params) {
        this.query = query;
        this.evidence = evidence;
        this.links = links;
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
        Map<String, List<EvidenceQuery.Document>> documents = evidence.latest(code, selection);

        DataTable.Builder table = new DataTable.Builder("chi-tieu", "Chỉ tiêu của " + commune.name(), List.of(Column.text("ma", "Mã"),
                Column.text("ten", "Chỉ tiêu"), Column.text("tru-cot", "Trụ cột"), Column.number("gia-tri", "Giá trị"),
                Column.text("don-vi-tinh", "Đơn vị tính"), Column.text("muc-tieu", "Mục tiêu"), Column.status("tinh-trang", "Tình trạng"),
                Column.text("chu-tri", "Đơn vị chủ trì"), Column.text("minh-chung", "Minh chứng"), Column.day("den-ngay", "Số liệu đến ngày"),
                Column.moment("tinh-luc", "Tính lúc")));
        List<Map<String, Object>> series = new ArrayList<>();
        Map<String, List<Map<String, Object>>> shownEvidence = new LinkedHashMap<>();
        for (IndicatorInfo info : indicators.indicators(selection.set())) {
            LatestValue v = latest.get(info.code());
            List<EvidenceQuery.Document> declared = documents.getOrDefault(info.code(), List.of());
            // The export carries the titles; the page makes each a link to the kept document.
            String titles = declared.stream().map(EvidenceQuery.Document::title).collect(Collectors.joining("; "));
            table.row(info.code(), info.name(), info.pillarName(), v == null ? null : v.value(), info.unit(), v == null ? "" : v.target().text(),
                    v == null ? "NO_DATA" : v.status(), info.owner(), titles, v == null ? null : v.windowEnd(), v == null ? null : v.computedAt());
            if (!declared.isEmpty()) {
                shownEvidence.put(info.code(), declared.stream().map(d -> document(code, d)).toList());
            }
            List<TrendPoint> points = trend.getOrDefault(info.code(), List.of());
            series.add(Map.of("code", info.code(), "days", points.stream().map(p -> p.day().toString()).toList(),
                    "values", points.stream().map(p -> p.value() == null ? "" : p.value()).toList()));
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("selection", params.describe(selection));
        extra.put("commune", commune);
        extra.put("recognition", recognition.orElse(null));
        extra.put("trends", series);
        extra.put("evidence", shownEvidence);
        return new View(Map.of("chi-tieu", table.build()), extra);
    }

    private Map<String, Object> document(String commune, EvidenceQuery.Document document) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("ten", document.title());
        shown.put("duongDan", links.link(commune, document.reference()).orElse(null));
        return shown;
    }
}
