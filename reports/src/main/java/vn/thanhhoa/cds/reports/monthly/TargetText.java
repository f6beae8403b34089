package vn.thanhhoa.cds.reports.monthly;

import java.util.Optional;
import vn.thanhhoa.cds.catalog.target.Target;
import vn.thanhhoa.cds.reports.format.VietnameseFormat;

/** A target as a report prints it: "≥ 80%", "> 75%", "≤ 3", "5–7", "Có", "Khuyến khích". */
final class TargetText {

    private TargetText() {
    }

    /** From the operator and numbers the engine stored with the value (the target that applied then). */
    static String of(String operator, Optional<Double> value, Optional<Double> upper, String unit, String printed) {
        String suffix = "%".equals(unit) ? "%" : "";
        return switch (operator) {
            case ">=", "score" -> value.map(v -> "≥ " + VietnameseFormat.plain(v) + suffix).orElse(printed);
            case ">" -> value.map(v -> "> " + VietnameseFormat.plain(v) + suffix).orElse(printed);
            case "<=" -> value.map(v -> "≤ " + VietnameseFormat.plain(v) + suffix).orElse(printed);
            case "between" -> value.isPresent() && upper.isPresent()
                    ? VietnameseFormat.plain(value.get()) + "–" + VietnameseFormat.plain(upper.get()) + suffix : printed;
            case "exists" -> "Có";
            case "encouraged" -> "Khuyến khích";
            default -> printed;
        };
    }

    /** From the catalog, for a commune that has no value yet. */
    static String of(Target target, String unit) {
        return of(target.operator().symbol(), target.value().map(Number::doubleValue), target.upper().map(Number::doubleValue), unit, target.printed());
    }
}
