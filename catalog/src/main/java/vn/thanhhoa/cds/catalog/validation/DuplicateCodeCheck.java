package vn.thanhhoa.cds.catalog.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.thanhhoa.cds.catalog.Catalog;
import vn.thanhhoa.cds.catalog.indicator.Indicator;
import vn.thanhhoa.cds.catalog.indicator.IndicatorSet;
import vn.thanhhoa.cds.catalog.target.Assignment;
import vn.thanhhoa.cds.schemas.data.DataFinding;

/** Codes are unique within a set, counting a commune's own indicators with the set they extend. */
final class DuplicateCodeCheck implements CatalogCheck {

    @Override
    public List<DataFinding> check(Catalog catalog) {
        List<DataFinding> findings = new ArrayList<>();
        for (IndicatorSet set : catalog.sets().values()) {
            findings.addAll(duplicates(set.indicators(), new HashMap<>()));
        }
        for (Assignment assignment : catalog.assignments()) {
            Map<String, Indicator> seen = new HashMap<>();
            catalog.set(assignment.setId()).ifPresent(set -> set.indicators().forEach(i -> seen.put(i.code(), i)));
            findings.addAll(duplicates(assignment.extraIndicators(), seen));
        }
        return findings;
    }

    private List<DataFinding> duplicates(List<Indicator> indicators, Map<String, Indicator> seen) {
        List<DataFinding> findings = new ArrayList<>();
        for (Indicator indicator : indicators) {
            Indicator first = seen.putIfAbsent(indicator.code(), indicator);
            if (first != null) {
                findings.add(Findings.error(indicator.origin(), "code",
                        "duplicate code '" + indicator.code() + "' (also at " + first.origin().file() + ":"
                                + first.origin().line() + ")"));
            }
        }
        return findings;
    }
}
