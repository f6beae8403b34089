package vn.thanhhoa.cds.adminunits.rollup;

import java.time.LocalDate;
import java.util.Map;

/**
 * Ratios on one day for the units valid that day.
 *
 * @param communes by commune code: the observations of each commune, summed
 * @param parents  by parent code: a district until 30 June 2025, the province afterwards (a report's "district")
 * @param province the whole province
 */
public record RollupResult(LocalDate day, Map<String, Ratio> communes, Map<String, Ratio> parents, Ratio province) {

    public RollupResult {
        communes = Map.copyOf(communes);
        parents = Map.copyOf(parents);
    }
}
