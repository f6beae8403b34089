package vn.thanhhoa.cds.simulators.tthc;

/**
 * What the simulator knows about a dossier it wrote, for tests to compare a pipeline's output with:
 * its latest state, written down independently of any parsing code.
 */
public record ExpectedDossier(String dossierCode, String agencyCode, String communeCode, int finalStatus,
                              boolean online, boolean paidOnline, String applicantId, int statusLines) {
}
