package vn.thanhhoa.cds.catalog.validation;

import java.util.ArrayList;
import java.util.List;
import vn.thanhhoa.cds.catalog.Catalog;
import vn.thanhhoa.cds.catalog.indicator.Indicator;
import vn.thanhhoa.cds.catalog.indicator.Window;
import vn.thanhhoa.cds.catalog.measure.Measure;
import vn.thanhhoa.cds.catalog.measure.MeasureType;
import vn.thanhhoa.cds.schemas.data.DataFinding;

/**
 * The window must suit what the indicator counts: a stock is read as of a day (summing it over a
 * year would count the same accounts twelve times); a flow or a distinct count is counted over a
 * year or a month, unless a distinct count gives the span it looks back over (people whose health
 * record was kept up to date in the last twelve months, as of a day).
 */
final class WindowCheck implements CatalogCheck {

    @Override
    public List<DataFinding> check(Catalog catalog) {
        List<DataFinding> findings = new ArrayList<>();
        for (Scope scope : Scope.computed(catalog)) {
            Indicator indicator = scope.indicator();
            catalog.measures().measure(indicator.computation().numerator()).ifPresent(measure -> {
                String problem = problem(indicator.window(), measure);
                if (problem != null) {
                    findings.add(Findings.error(indicator.computation().origin(), Findings.field(indicator, "window"),
                            "window " + indicator.window().spelling() + " does not suit " + measure.name() + " ("
                                    + measure.type().spelling() + "): " + problem));
                }
            });
        }
        return findings;
    }

    private static String problem(Window window, Measure measure) {
        boolean spanned = measure.derivation().flatMap(d -> d.span()).isPresent();
        return switch (measure.type()) {
            case STOCK -> window == Window.AS_OF ? null : "a stock is read as of a day, never summed over a window";
            case FLOW -> window != Window.AS_OF ? null : "a flow is counted over a window (year-to-date or month)";
            case DISTINCT -> window != Window.AS_OF || spanned ? null
                    : "a distinct count as of a day needs the span it looks back over (derivation span)";
        };
    }
}
