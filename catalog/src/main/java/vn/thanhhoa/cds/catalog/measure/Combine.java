package vn.thanhhoa.cds.catalog.measure;

/** A reported measure's rule for several reporters, with the reason the catalog gives for it. */
public record Combine(CombineRule rule, String reason) {}
