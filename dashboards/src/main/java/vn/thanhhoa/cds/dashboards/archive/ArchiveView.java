package vn.thanhhoa.cds.dashboards.archive;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.thanhhoa.cds.dashboards.query.ArchiveQuery;
import vn.thanhhoa.cds.dashboards.query.DeliveryQuery;
import vn.thanhhoa.cds.dashboards.table.CellText;
import vn.thanhhoa.cds.dashboards.table.Column;
import vn.thanhhoa.cds.dashboards.table.DataTable;
import vn.thanhhoa.cds.dashboards.units.Communes;
import vn.thanhhoa.cds.dashboards.units.ParentUnit;
import vn.thanhhoa.cds.dashboards.web.Refused;
import vn.thanhhoa.cds.dashboards.web.View;
import vn.thanhhoa.cds.dashboards.web.Viewer;

/**
 * The page "Báo cáo tháng" ({@code /api/bao-cao-thang}): the archived monthly reports of the units
 * the viewer may see (table {@code bao-cao}), filtered by unit ({@code don-vi}) and month
 * ({@code thang}, yyyy-MM), and how their deliveries went (table {@code gui-di}, failed ones first).
 */
public final class ArchiveView {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private final ArchiveQuery archive;
    private final DeliveryQuery deliveries;
    private final Communes communes;

    public ArchiveView(ArchiveQuery archive, DeliveryQuery deliveries, Communes communes) {
        this.archive = archive;
        this.deliveries = deliveries;
        this.communes = communes;
    }

    public View build(Viewer viewer, Context ctx) {
        ArchiveScope scope = ArchiveScope.of(viewer, communes);
        Optional<String> unit = Optional.ofNullable(ctx.queryParam("don-vi")).filter(s -> !s.isBlank()).map(String::strip);
        unit.ifPresent(code -> {
            if (communes.parentUnit(code).isEmpty() && !code.matches("[0-9]{1,10}")) {
                throw Refused.badRequest("Mã đơn vị '" + code + "' không hợp lệ.");
            }
            if (!scope.allows(code)) {
                throw Refused.forbidden("Bạn không có quyền xem báo cáo tháng của đơn vị có mã " + code + ".");
            }
        });
        Optional<YearMonth> month = Optional.ofNullable(ctx.queryParam("thang")).filter(s -> !s.isBlank()).map(ArchiveView::month);

        DataTable.Builder files = new DataTable.Builder("bao-cao", "Báo cáo tháng đã lưu", List.of(Column.text("ma-don-vi", "Mã đơn vị"),
                Column.text("don-vi", "Đơn vị"), Column.text("thang", "Tháng"), Column.text("dang", "Định dạng"), Column.moment("lap-luc", "Lập lúc"),
                Column.number("dung-luong", "Dung lượng (byte)"), Column.text("sha256", "SHA-256"), Column.text("tam-tinh", "Tạm tính"),
                Column.text("ma", "Mã báo cáo")));
        archive.list(scope.all(), scope.sortedUnits(), unit, month).forEach(r -> files.row(r.unitCode(), unitName(r.unitCode()),
                MONTH.format(r.month()), r.format().toUpperCase(java.util.Locale.ROOT), r.generatedAt(), r.sizeBytes(), r.sha256(),
                r.provisional() ? "Tạm tính" : "", r.reportId()));

        DataTable.Builder sent = new DataTable.Builder("gui-di", "Tình trạng gửi báo cáo và cảnh báo", List.of(Column.moment("luc", "Lần thử gần nhất"),
                Column.text("loai", "Loại"), Column.text("noi-dung", "Nội dung gửi"), Column.text("kenh", "Kênh"), Column.text("nguoi-nhan", "Người nhận"),
                Column.number("so-lan", "Số lần thử"), Column.text("ket-qua", "Kết quả"), Column.text("loi", "Lỗi gần nhất")));
        deliveries.latest(scope.seesAlertDeliveries(), scope.sortedUnits(), unit, month, 1000).forEach(d -> sent.row(d.lastAttemptAt(), kind(d.subjectKind()),
                subject(d.subjectKind(), d.subjectId()), "EMAIL".equals(d.channel()) ? "E-mail" : "Webhook", d.recipient(), d.attempts(),
                outcome(d.outcome()), d.lastError()));

        Map<String, DataTable> tables = new LinkedHashMap<>();
        tables.put("bao-cao", files.build());
        tables.put("gui-di", sent.build());
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("units", units(scope));
        extra.put("months", archive.months(scope.all(), scope.sortedUnits()).stream()
                .map(m -> Map.of("code", m.toString(), "label", MONTH.format(m))).toList());
        extra.put("unit", unit.orElse(""));
        extra.put("month", month.map(YearMonth::toString).orElse(""));
        return new View(tables, extra);
    }

    private List<Map<String, String>> units(ArchiveScope scope) {
        List<ParentUnit> choices = new java.util.ArrayList<>();
        choices.add(communes.province());
        choices.addAll(communes.formerDistricts());
        return choices.stream().filter(u -> scope.allows(u.code())).map(u -> Map.of("code", u.code(), "name", u.name())).toList();
    }

    private String unitName(String code) {
        return communes.parentUnit(code).map(ParentUnit::name).orElse("Đơn vị " + code);
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw Refused.badRequest("Tháng '" + text + "' không hợp lệ (cần dạng năm-tháng, ví dụ 2026-10).");
        }
    }

    private static String kind(String kind) {
        return switch (kind) {
            case "report" -> "Báo cáo tháng";
            case "alert" -> "Cảnh báo";
            case "digest" -> "Tổng hợp cảnh báo trong ngày";
            default -> kind;
        };
    }

    /** What was sent, in words: the report's unit and month, the alert's id, the digest's day. */
    private String subject(String kind, String id) {
        if ("report".equals(kind)) {
            String[] parts = id.split("-");
            if (parts.length >= 3) {
                return "Báo cáo " + unitName(parts[0]) + " tháng " + parts[2] + "/" + parts[1];
            }
        } else if ("digest".equals(kind)) {
            String[] parts = id.split("\\|");
            if (parts.length >= 2) {
                try {
                    return "Tổng hợp ngày " + CellText.of(Column.day("ngay", ""), LocalDate.parse(parts[1]));
                } catch (DateTimeParseException e) {
                    return id;
                }
            }
        } else if ("alert".equals(kind)) {
            return "Cảnh báo " + id;
        }
        return id;
    }

    static String outcome(String outcome) {
        return switch (outcome) {
            case "DELIVERED" -> "Đã gửi";
            case "FAILED" -> "Lỗi, đang thử lại";
            case "GAVE_UP" -> "Không gửi được (đã ngừng thử)";
            default -> outcome;
        };
    }
}
