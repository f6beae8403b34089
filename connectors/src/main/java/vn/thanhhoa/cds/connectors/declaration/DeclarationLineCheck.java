package vn.thanhhoa.cds.connectors.declaration;

import java.util.Map;
import java.util.Optional;
import vn.thanhhoa.cds.catalog.declaration.DeclarableIndicators;
import vn.thanhhoa.cds.connectors.agency.CommuneCodes;
import vn.thanhhoa.cds.connectors.deadletter.Parsed;
import vn.thanhhoa.cds.connectors.deadletter.Rejection;

/**
 * Reads one declaration line with the connector's own {@link DeclarationMapping}, for a form that
 * writes lines into the connector's folder (the dashboard's declaration page): what the connector
 * would dead-letter is refused at the form, with the reason in a Vietnamese sentence naming the
 * field as the form calls it.
 */
public final class DeclarationLineCheck {

    /** The form's words for the line's fields. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("maXa", "mã xã"), Map.entry("boChiTieu", "bộ chỉ tiêu"), Map.entry("maChiTieu", "chỉ tiêu"),
            Map.entry("nam", "năm"), Map.entry("thang", "tháng"), Map.entry("dat", "kết quả Có/Không"),
            Map.entry("giaTri", "số liệu"), Map.entry("mauSo", "tổng số"), Map.entry("chiTiet", "chi tiết"),
            Map.entry("minhChung", "minh chứng"), Map.entry("nguoiKeKhai", "người khai báo"), Map.entry("thoiGian", "thời gian khai báo"));

    private final DeclarationMapping mapping;

    public DeclarationLineCheck(CommuneCodes communes, DeclarableIndicators indicators) {
        this.mapping = new DeclarationMapping(communes, indicators);
    }

    /** Why the connector would refuse the line, in Vietnamese; empty when it would take it. */
    public Optional<String> refusal(String line) {
        Parsed<?> parsed = mapping.map(line, "khai-bao-tren-web", 1);
        if (parsed instanceof Parsed.Rejected<?> rejected) {
            return Optional.of(vietnamese(rejected.rejection()));
        }
        return Optional.empty();
    }

    private static String vietnamese(Rejection rejection) {
        String field = rejection.field();
        String base = field == null ? null : field.contains(".") ? field.substring(0, field.indexOf('.')) : field;
        String named = base == null ? "dòng khai báo" : "trường “" + FIELDS.getOrDefault(base, field) + "”" + (field.equals(base) ? "" : " (" + field + ")");
        return "hệ thống tiếp nhận khai báo không chấp nhận " + named + " (" + rejection.reason() + ").";
    }
}
