package vn.thanhhoa.cds.catalog.load;

/** One catalog file's text and the name findings use for it. */
public record CatalogFile(String name, String text) {}
