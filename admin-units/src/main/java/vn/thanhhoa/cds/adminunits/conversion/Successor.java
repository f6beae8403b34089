package vn.thanhhoa.cds.adminunits.conversion;

/** A new unit that received (part of) an old unit, with the weight of that part. */
public record Successor(String newCode, long weight, ChangeKind kind) {
}
