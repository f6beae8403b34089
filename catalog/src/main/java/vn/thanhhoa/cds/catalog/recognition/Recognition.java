package vn.thanhhoa.cds.catalog.recognition;

import java.util.List;

/**
 * Whether a commune is recognised as having completed DX for a year (seed 000): every assigned
 * indicator met, and at least 70% of the DX index points.
 */
public record Recognition(List<Verdict> verdicts, boolean allMet, IndexPoints points, boolean pointsReached,
                          boolean recognised) {

    public Recognition {
        verdicts = List.copyOf(verdicts);
    }

    public List<Verdict> failing() {
        return verdicts.stream().filter(v -> !v.status().passes()).toList();
    }
}
