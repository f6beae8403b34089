package vn.thanhhoa.cds.simulators.document;

import java.time.LocalDate;

/**
 * A document the simulator wrote and a correct reader accepts, as the simulator chose it: the
 * commune of its office, the day it was promulgated (ngày ban hành), whether it is outgoing (DI),
 * secret (độ mật), processed on the network and digitally signed.
 */
public record ExpectedDocument(String documentId, String communeCode, LocalDate promulgatedOn, boolean outgoing, boolean secret,
                               boolean processedElectronically, boolean digitallySigned) {
}
