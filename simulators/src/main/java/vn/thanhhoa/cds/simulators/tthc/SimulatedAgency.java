package vn.thanhhoa.cds.simulators.tthc;

/** A processing agency of the simulated one-stop system and the commune it serves. */
public record SimulatedAgency(String agencyCode, String communeCode) {
}
