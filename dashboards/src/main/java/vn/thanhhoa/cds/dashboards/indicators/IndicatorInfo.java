package vn.thanhhoa.cds.dashboards.indicators;

/**
 * What the pages say about an indicator besides its values: name, pillar, unit and owner, from the catalog.
 *
 * @param pillar the pillar's abbreviation (CQS, KTS, XHS, HTS)
 */
public record IndicatorInfo(String set, String code, String name, String pillar, String pillarName, String unit, String owner) {}
