package vn.thanhhoa.cds.reports.monthly;

import java.util.Optional;
import vn.thanhhoa.cds.catalog.indicator.IndicatorKind;
import vn.thanhhoa.cds.catalog.indicator.Pillar;
import vn.thanhhoa.cds.reports.format.VietnameseFormat;

/**
 * One indicator of one commune in a monthly report.
 *
 * @param target the target as the report prints it ("≥ 80%", "5–7", "Có")
 * @param change the value minus last month's, when both months have one in the same year
 * @param owner  the unit that answers for the indicator (chủ trì), with the named officer where the commune's assignment names one
 */
public record IndicatorLine(String code, String name, Pillar pillar, IndicatorKind kind, String unit, Optional<Double> value,
                            String target, ReportStatus status, Optional<Double> change, String owner, Optional<Double> points) {

    /** The value as printed: one decimal for a ratio, "Có"/"Không" for a yes/no item, "" when none. */
    public String valueText() {
        if (value.isEmpty()) {
            return "";
        }
        double v = value.get();
        return switch (kind) {
            case DECLARATION -> v > 0 ? "Có" : "Không";
            case RATIO -> VietnameseFormat.number(v, 1);
            case COUNT, SCORE -> VietnameseFormat.plain(v);
        };
    }

    public String changeText() {
        if (change.isEmpty() || kind == IndicatorKind.DECLARATION) {
            return "";
        }
        return VietnameseFormat.change(change.get());
    }
}
