package vn.thanhhoa.cds.catalog.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.thanhhoa.cds.catalog.Catalog;
import vn.thanhhoa.cds.catalog.indicator.Direction;
import vn.thanhhoa.cds.catalog.indicator.Indicator;
import vn.thanhhoa.cds.catalog.target.Target;
import vn.thanhhoa.cds.schemas.data.DataFinding;

/**
 * Targets move with the direction: an "at least" target that falls from one year to the next
 * (seed 000 prints 3.4's 2025 target as 0% after 70%) is most likely a typing mistake.
 */
final class FallingTargetCheck implements CatalogCheck {

    @Override
    public List<DataFinding> check(Catalog catalog) {
        List<DataFinding> findings = new ArrayList<>();
        for (Scope scope : Scope.all(catalog)) {
            Indicator indicator = scope.indicator();
            if (indicator.direction() == Direction.NONE) {
                continue;
            }
            Map.Entry<Integer, Target> previous = null;
            for (Map.Entry<Integer, Target> entry : indicator.targets().entrySet()) {
                Target target = entry.getValue();
                if (!target.operator().isNumeric()) {
                    continue;
                }
                if (previous != null) {
                    BigDecimal before = previous.getValue().value().orElseThrow();
                    BigDecimal now = target.value().orElseThrow();
                    boolean wrongWay = indicator.direction() == Direction.AT_LEAST ? now.compareTo(before) < 0
                            : now.compareTo(before) > 0;
                    if (wrongWay) {
                        findings.add(Findings.warning(target.origin(), Findings.field(indicator, "target " + entry.getKey()),
                                (indicator.direction() == Direction.AT_LEAST ? "falling" : "rising") + " target for an '"
                                        + indicator.direction().spelling() + "' indicator: " + previous.getValue().printed()
                                        + " in " + previous.getKey() + ", " + target.printed() + " in " + entry.getKey()
                                        + "; kept as printed"));
                    }
                }
                previous = entry;
            }
        }
        return findings;
    }
}
