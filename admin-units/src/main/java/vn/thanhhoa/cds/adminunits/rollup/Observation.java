package vn.thanhhoa.cds.adminunits.rollup;

/** A commune's numerator and denominator of one indicator ratio on one day (counts, not a ratio). */
public record Observation(String unitCode, long numerator, long denominator) {
}
