package vn.thanhhoa.cds.dashboards.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thanhhoa.cds.dashboards.indicators.IndicatorDirectory;
import vn.thanhhoa.cds.dashboards.indicators.IndicatorInfo;
import vn.thanhhoa.cds.dashboards.query.IndicatorQuery;
import vn.thanhhoa.cds.dashboards.query.LatestValue;
import vn.thanhhoa.cds.dashboards.query.Selection;
import vn.thanhhoa.cds.dashboards.table.Column;
import vn.thanhhoa.cds.dashboards.table.DataTable;
import vn.thanhhoa.cds.dashboards.units.Commune;
import vn.thanhhoa.cds.dashboards.units.Communes;

/** An indicator's page ({@code /api/chi-tieu?ma=…}): its value in every commune of the scope, the trend, the communes below target. */
public final class IndicatorView {

    private final IndicatorQuery query;
    private final Communes communes;
    private final IndicatorDirectory indicators;
    private final Params params;

    public IndicatorView(IndicatorQuery query, Communes communes, IndicatorDirectory indicators, Params params) {
        this.query = query;
        this.communes = communes;
        this.indicators = indicators;
        this.params = params;
    }

    public View build(Viewer viewer, Context ctx) {
        viewer.requireIndicators();
        Selection selection = params.selection(ctx);
        String code = ctx.queryParam("ma");
        IndicatorInfo info = indicators.indicator(selection.set(), code == null ? "" : code)
                .orElseThrow(() -> Refused.notFound("Bộ chỉ tiêu " + selection.set() + " không có chỉ tiêu mã '" + code + "'."));
        List<LatestValue> values = query.latest(code, selection, viewer.scope()).stream()
                .filter(v -> communes.commune(v.commune()).isPresent()).toList();

        List<Column> columns = List.of(Column.text("ma", "Mã xã"), Column.text("ten", "Tên xã, phường"), Column.number("gia-tri", "Giá trị"),
                Column.text("muc-tieu", "Mục tiêu"), Column.status("tinh-trang", "Tình trạng"), Column.number("tu-so", "Tử số"),
                Column.number("mau-so", "Mẫu số"), Column.day("den-ngay", "Số liệu đến ngày"));
        DataTable.Builder all = new DataTable.Builder("cac-xa", info.code() + " theo xã", columns);
        DataTable.Builder below = new DataTable.Builder("chua-dat", info.code() + " — xã chưa đạt", columns);
        for (LatestValue v : values) {
            Commune c = communes.commune(v.commune()).orElseThrow();
            Object[] row = {c.code(), c.name(), v.value(), v.target().text(), v.status(), v.numerator(), v.denominator(), v.windowEnd()};
            all.row(row);
            if ("BELOW".equals(v.status()) || "AT_RISK".equals(v.status())) {
                below.row(row);
            }
        }
        DataTable.Builder trend = new DataTable.Builder("xu-huong", info.code() + " — xu hướng", List.of(Column.day("ngay", "Ngày"),
                Column.number("so-xa", "Số xã có số liệu"), Column.number("dat", "Số xã đạt"), Column.number("trung-binh", "Giá trị trung bình")));
        query.trend(code, selection, viewer.scope()).forEach(d -> trend.row(d.day(), d.communes(), d.met(), d.mean()));

        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("selection", params.describe(selection));
        extra.put("indicator", info);
        extra.put("values", values.stream().map(LatestValue::value).filter(java.util.Objects::nonNull).toList());
        Map<String, DataTable> tables = new LinkedHashMap<>();
        tables.put("chua-dat", below.build());
        tables.put("xu-huong", trend.build());
        tables.put("cac-xa", all.build());
        return new View(tables, extra);
    }
}
