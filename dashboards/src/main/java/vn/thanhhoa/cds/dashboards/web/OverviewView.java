package vn.thanhhoa.cds.dashboards.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thanhhoa.cds.dashboards.indicators.IndicatorDirectory;
import vn.thanhhoa.cds.dashboards.indicators.IndicatorInfo;
import vn.thanhhoa.cds.dashboards.query.LatestValue;
import vn.thanhhoa.cds.dashboards.query.Overview;
import vn.thanhhoa.cds.dashboards.query.OverviewQuery;
import vn.thanhhoa.cds.dashboards.query.Selection;
import vn.thanhhoa.cds.dashboards.table.Column;
import vn.thanhhoa.cds.dashboards.table.DataTable;
import vn.thanhhoa.cds.dashboards.units.Commune;
import vn.thanhhoa.cds.dashboards.units.Communes;

/**
 * The province overview ({@code /api/tong-quan}): the grid, the share meeting each indicator and the
 * ranking, over the communes of the viewer's scope, filtered by {@code don-vi} (parent unit) and
 * {@code tru-cot} (pillar).
 */
public final class OverviewView {

    private final OverviewQuery query;
    private final Communes communes;
    private final IndicatorDirectory indicators;
    private final Params params;

    public OverviewView(OverviewQuery query, Communes communes, IndicatorDirectory indicators, Params params) {
        this.query = query;
        this.communes = communes;
        this.indicators = indicators;
        this.params = params;
    }

    public View build(Viewer viewer, Context ctx) {
        viewer.requireIndicators();
        Selection selection = params.selection(ctx);
        String parent = ctx.queryParam("don-vi");
        String pillar = ctx.queryParam("tru-cot");
        List<Commune> shown = (parent == null || parent.isBlank() ? communes.all() : communes.under(parent)).stream()
                .filter(c -> viewer.scope().allows(c.code())).toList();
        List<IndicatorInfo> columns = indicators.indicators(selection.set()).stream()
                .filter(i -> pillar == null || pillar.isBlank() || i.pillar().equals(pillar)).toList();
        Overview overview = Overview.of(shown, columns, query.latest(selection, viewer.scope()));

        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("selection", params.describe(selection));
        extra.put("units", unitsOffered(viewer));
        extra.put("pillars", List.of(vn.thanhhoa.cds.catalog.indicator.Pillar.values()).stream()
                .map(p -> Map.of("code", p.name(), "label", p.vietnameseName())).toList());
        extra.put("indicators", columns);
        extra.put("grid", overview.grid().stream().map(row -> Map.of("code", row.commune().code(), "name", row.commune().name(),
                "cells", row.cells().stream().map(OverviewView::cell).toList())).toList());
        Map<String, DataTable> tables = new LinkedHashMap<>();
        tables.put("luoi", grid(overview));
        tables.put("ty-le", shares(overview));
        tables.put("xep-hang", ranking(overview));
        return new View(tables, extra);
    }

    private List<Map<String, String>> unitsOffered(Viewer viewer) {
        List<Map<String, String>> units = new ArrayList<>();
        communes.formerDistricts().stream()
                .filter(d -> communes.under(d.code()).stream().anyMatch(c -> viewer.scope().allows(c.code())))
                .forEach(d -> units.add(Map.of("code", d.code(), "label", d.name())));
        return units;
    }

    private static Map<String, Object> cell(LatestValue value) {
        Map<String, Object> cell = new LinkedHashMap<>();
        cell.put("value", value == null ? null : value.value());
        cell.put("status", value == null ? "NO_DATA" : value.status());
        return cell;
    }

    private static DataTable grid(Overview overview) {
        List<Column> columns = new ArrayList<>(List.of(Column.text("ma", "Mã xã"), Column.text("ten", "Tên xã, phường"),
                Column.text("khu-vuc", "Huyện cũ"), Column.number("dat", "Số chỉ tiêu đạt")));
        overview.indicators().forEach(i -> {
            columns.add(Column.number("gt-" + i.code(), i.code() + " giá trị"));
            columns.add(Column.status("tt-" + i.code(), i.code() + " tình trạng"));
        });
        DataTable.Builder table = new DataTable.Builder("luoi", "Bảng chỉ tiêu theo xã", columns);
        for (Overview.GridRow row : overview.grid()) {
            List<Object> values = new ArrayList<>(List.of(row.commune().code(), row.commune().name(), row.commune().formerDistrictName(),
                    row.cells().stream().filter(c -> c != null && c.met()).count()));
            row.cells().forEach(c -> {
                values.add(c == null ? null : c.value());
                values.add(c == null ? "NO_DATA" : c.status());
            });
            table.row(values.toArray());
        }
        return table.build();
    }

    private static DataTable shares(Overview overview) {
        DataTable.Builder table = new DataTable.Builder("ty-le", "Tỷ lệ xã đạt từng chỉ tiêu", List.of(Column.text("ma", "Mã chỉ tiêu"),
                Column.text("ten", "Chỉ tiêu"), Column.text("tru-cot", "Trụ cột"), Column.number("so-xa-dat", "Số xã đạt"),
                Column.number("so-xa", "Số xã"), Column.number("ty-le", "Tỷ lệ xã đạt (%)")));
        overview.shares().forEach(s -> table.row(s.indicator().code(), s.indicator().name(), s.indicator().pillarName(), s.met(), s.communes(),
                Math.round(s.percent() * 10) / 10.0));
        return table.build();
    }

    private static DataTable ranking(Overview overview) {
        DataTable.Builder table = new DataTable.Builder("xep-hang", "Xếp hạng xã theo số chỉ tiêu đạt", List.of(Column.number("hang", "Hạng"),
                Column.text("ma", "Mã xã"), Column.text("ten", "Tên xã, phường"), Column.number("dat", "Số chỉ tiêu đạt"),
                Column.number("danh-gia", "Số chỉ tiêu đã đánh giá"), Column.number("diem", "Điểm")));
        overview.ranking().forEach(r -> table.row(r.position(), r.commune().code(), r.commune().name(), r.met(), r.judged(), r.points()));
        return table.build();
    }
}
