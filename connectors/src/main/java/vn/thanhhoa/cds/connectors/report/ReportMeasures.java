package vn.thanhhoa.cds.connectors.report;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import vn.thanhhoa.cds.catalog.Catalog;
import vn.thanhhoa.cds.catalog.load.CatalogLoader;
import vn.thanhhoa.cds.catalog.measure.Measure;

/**
 * What the catalog says of each measure a report column feeds: its unit (a count of whole things
 * accepts only whole numbers) and the measure it is a part of ({@code within}: a part larger than
 * its whole in one row is a plausibility finding).
 *
 * @param units  measure → unit as the catalog writes it ({@code people}, {@code households}, {@code %} …)
 * @param within measure → the measure it is a part of
 */
public record ReportMeasures(Map<String, String> units, Map<String, String> within) {

    /** Units that count whole things: a count of them is never 1.201 or 12,5. */
    static final Set<String> WHOLE_UNITS = Set.of("people", "households", "accounts", "subscribers", "enterprises", "businesses",
            "organisations", "customers", "dossiers", "documents", "procedures", "tasks", "reports", "broadcasts");

    public ReportMeasures {
        units = Map.copyOf(units);
        within = Map.copyOf(within);
    }

    /** The measures of the catalog built into the connector. */
    public static ReportMeasures builtIn() {
        return of(CatalogLoader.builtIn());
    }

    public static ReportMeasures of(Catalog catalog) {
        Map<String, String> units = new TreeMap<>();
        Map<String, String> within = new TreeMap<>();
        for (Measure measure : catalog.measures().byName().values()) {
            units.put(measure.name(), measure.unit());
            measure.within().ifPresent(whole -> within.put(measure.name(), whole));
        }
        return new ReportMeasures(units, within);
    }

    /** Whether the measure counts whole things; a measure the catalog does not know is not assumed to. */
    public boolean whole(String measure) {
        return WHOLE_UNITS.contains(units.getOrDefault(measure, ""));
    }

    /** The unit in words for a reason ("people"), or "units" for a measure the catalog does not know. */
    public String unit(String measure) {
        return units.getOrDefault(measure, "units");
    }

    public Optional<String> partOf(String measure) {
        return Optional.ofNullable(within.get(measure));
    }
}
