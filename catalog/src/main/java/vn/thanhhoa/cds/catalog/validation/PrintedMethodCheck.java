package vn.thanhhoa.cds.catalog.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.thanhhoa.cds.catalog.Catalog;
import vn.thanhhoa.cds.catalog.indicator.Computation;
import vn.thanhhoa.cds.catalog.indicator.Indicator;
import vn.thanhhoa.cds.catalog.indicator.IndicatorKind;
import vn.thanhhoa.cds.schemas.data.DataFinding;

/**
 * Compares a ratio's printed method with what the catalog computes: blank methods, methods with
 * no denominator, and "total / share" methods printed upside down (2026 items 2 and 24).
 */
final class PrintedMethodCheck implements CatalogCheck {

    @Override
    public List<DataFinding> check(Catalog catalog) {
        List<DataFinding> findings = new ArrayList<>();
        for (Scope scope : Scope.all(catalog)) {
            Indicator indicator = scope.indicator();
            Computation computation = indicator.computation();
            if (indicator.kind() != IndicatorKind.RATIO || computation.method().isEmpty()) {
                continue;
            }
            String method = computation.method().get().trim();
            String computed = "the catalog computes " + computation.numerator() + " / "
                    + computation.denominator().orElse(computation.denominatorConstant().map(Findings::number).orElse("?"));
            String field = Findings.field(indicator, "method");
            if (method.isEmpty()) {
                findings.add(Findings.warning(computation.origin(), field,
                        "the printed computation method is blank (no numerator, no denominator); " + computed));
            } else if (!namesDenominator(method)) {
                findings.add(Findings.warning(computation.origin(), field,
                        "the printed method names no denominator ('" + method + "'); " + computed));
            } else if (upsideDown(method)) {
                findings.add(Findings.warning(computation.origin(), field,
                        "the printed method is upside down ('" + method + "' puts the total over the share); " + computed));
            }
        }
        return findings;
    }

    private static boolean namesDenominator(String method) {
        String text = method.toLowerCase(Locale.ROOT);
        return text.contains("/") || text.contains("b:") || text.contains(" trên tổng");
    }

    /** "Total / share" instead of "share / total"; the a/b form names its parts and is never flagged. */
    private static boolean upsideDown(String method) {
        String text = method.toLowerCase(Locale.ROOT);
        if (text.contains("a/b") || !text.contains("/")) {
            return false;
        }
        String over = strip(text.substring(0, text.indexOf('/')));
        String under = strip(text.substring(text.indexOf('/') + 1));
        boolean shareUnder = under.startsWith("tỷ lệ") || under.startsWith("tỉ lệ");
        boolean totalOverOnly = over.startsWith("tổng") && !under.startsWith("tổng");
        return shareUnder || totalOverOnly;
    }

    private static String strip(String part) {
        return part.replace("(", "").trim();
    }
}
