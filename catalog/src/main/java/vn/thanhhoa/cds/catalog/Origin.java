package vn.thanhhoa.cds.catalog;

/** Where a catalog entry was read from, so that checks after loading can still name file and line. */
public record Origin(String file, int line) {}
