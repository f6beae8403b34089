package vn.thanhhoa.cds.reports.monthly;

import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A key ratio over the months of the report's year, for the whole scope: the communes' numerators
 * summed over their denominators (ratios roll up by summing, never by averaging), each month as it
 * stood at that month's cut-off.
 */
public record TrendSeries(String code, String name, Map<YearMonth, Optional<Double>> percentByMonth) {

    public TrendSeries {
        percentByMonth = Collections.unmodifiableMap(new LinkedHashMap<>(percentByMonth));
    }
}
