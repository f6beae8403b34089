package vn.thanhhoa.cds.catalog.measure;

/** How a measure aggregates over time. Over communes, both kinds are summed. */
public enum MeasureType {
    /** Counted over a window and summed (dossiers received, posts published). */
    FLOW,
    /** A state as of a date; the latest value wins and values are never summed over time. */
    STOCK
}
