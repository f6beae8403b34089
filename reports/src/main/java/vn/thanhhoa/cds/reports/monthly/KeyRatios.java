package vn.thanhhoa.cds.reports.monthly;

import java.util.List;
import java.util.Map;
import vn.thanhhoa.cds.catalog.indicator.IndicatorSet;

/**
 * The ratios whose trend over the year a report charts, by indicator set. The defaults are the
 * ratios the province follows most closely and that the pipeline computes from system feeds: online
 * dossiers, digitised dossiers, documents handled online and signed, e-health records.
 */
public record KeyRatios(Map<String, List<String>> codesBySet) {

    public static final KeyRatios DEFAULT = new KeyRatios(Map.of(
            "2026", List.of("9", "4", "13", "27"),
            "2023-2025", List.of("1.6", "1.3", "3.5", "3.11")));

    public KeyRatios {
        codesBySet = Map.copyOf(codesBySet);
    }

    public List<String> of(IndicatorSet set) {
        return codesBySet.getOrDefault(set.id(), List.of());
    }
}
