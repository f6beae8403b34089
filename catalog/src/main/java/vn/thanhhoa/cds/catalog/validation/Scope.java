package vn.thanhhoa.cds.catalog.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thanhhoa.cds.catalog.Catalog;
import vn.thanhhoa.cds.catalog.indicator.Indicator;
import vn.thanhhoa.cds.catalog.indicator.IndicatorSet;
import vn.thanhhoa.cds.catalog.indicator.Organisation;
import vn.thanhhoa.cds.catalog.target.Assignment;

/**
 * An indicator together with what its checks need around it: the organisations its owner ids
 * refer to. Covers the sets' indicators and the communes' own ones alike.
 */
record Scope(Indicator indicator, Map<String, Organisation> organisations) {

    static List<Scope> all(Catalog catalog) {
        List<Scope> scopes = new ArrayList<>();
        for (IndicatorSet set : catalog.sets().values()) {
            set.indicators().forEach(i -> scopes.add(new Scope(i, set.organisations())));
        }
        for (Assignment assignment : catalog.assignments()) {
            Map<String, Organisation> organisations = new LinkedHashMap<>();
            catalog.set(assignment.setId()).ifPresent(s -> organisations.putAll(s.organisations()));
            organisations.putAll(assignment.organisations());
            assignment.extraIndicators().forEach(i -> scopes.add(new Scope(i, organisations)));
        }
        return scopes;
    }

    /**
     * What the engine computes: {@link #all} plus each set indicator as a commune's assignment
     * redefines it (2023–2025 item 3.3 as a ratio). Checks of measures, windows and bounds use this;
     * checks of what the documents print (targets, owners) use {@link #all}.
     */
    static List<Scope> computed(Catalog catalog) {
        List<Scope> scopes = all(catalog);
        for (Assignment assignment : catalog.assignments()) {
            catalog.set(assignment.setId()).ifPresent(set -> assignment.variants().forEach(variant ->
                    set.indicator(variant.code()).ifPresent(i -> scopes.add(new Scope(i.as(variant), set.organisations())))));
        }
        return scopes;
    }
}
