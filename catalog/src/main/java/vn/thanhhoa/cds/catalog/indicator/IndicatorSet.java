package vn.thanhhoa.cds.catalog.indicator;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.thanhhoa.cds.catalog.Origin;

/** A versioned set of indicators (2023–2025, 2026); a year selects a set. */
public record IndicatorSet(String id, String title, List<Integer> years, String source,
                           Map<String, Organisation> organisations, List<Indicator> indicators, Origin origin) {

    public IndicatorSet {
        years = List.copyOf(years);
        organisations = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(organisations));
        indicators = List.copyOf(indicators);
    }

    public Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    public boolean covers(int year) {
        return years.contains(year);
    }
}
