package vn.thanhhoa.cds.catalog.measure;

import vn.thanhhoa.cds.catalog.Origin;

/** A system or report that produces measures (one-stop TTHC system, bank report, declaration…). */
public record Source(String id, String name, Origin origin) {}
