package vn.thanhhoa.cds.reports.monthly;

import vn.thanhhoa.cds.catalog.indicator.Pillar;

/**
 * The share of a report's communes meeting one indicator of a pillar.
 *
 * @param communes the communes the indicator is assigned to
 */
public record PillarShare(Pillar pillar, String code, long met, long communes) {

    public double percent() {
        return communes == 0 ? 0 : 100.0 * met / communes;
    }
}
