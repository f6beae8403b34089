package vn.thanhhoa.cds.streams.indicators;

/** The names of the engine's state stores, in one place so that the topology and its processors agree. */
public record EngineStores(String measureBuckets, String targets, String statistics, String monthEndMarks) {

    public static final EngineStores DEFAULT = new EngineStores("commune-measure-buckets", "ref-targets", "ref-statistics", "month-end-marks");
}
