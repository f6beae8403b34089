package vn.thanhhoa.cds.simulators.tthc;

/**
 * What the simulator knows about a dossier it wrote, for tests to compare a pipeline's output with:
 * its latest state, written down independently of any parsing code. {@code applicantAdult} is from
 * the birth year the simulator chose (null where the year of submission alone cannot tell, or the
 * applicant has no 12-digit ID).
 */
public record ExpectedDossier(String dossierCode, String agencyCode, String communeCode, int finalStatus,
                              boolean online, boolean paidOnline, String applicantId, Boolean applicantAdult, int statusLines) {
}
