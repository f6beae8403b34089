package vn.thanhhoa.cds.dashboards.units;

/**
 * A commune or ward valid today, as the pages show it.
 *
 * @param formerDistrictCode the district most of its predecessor communes lay in before 1 July 2025
 *                           (the "parent unit" analysts still filter by: after the reform every
 *                           commune's parent is the province)
 */
public record Commune(String code, String name, String formerDistrictCode, String formerDistrictName) {}
