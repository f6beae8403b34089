package vn.thanhhoa.cds.dashboards.units;

/** A unit communes can be grouped under: the province or a former district. */
public record ParentUnit(String code, String name) {}
