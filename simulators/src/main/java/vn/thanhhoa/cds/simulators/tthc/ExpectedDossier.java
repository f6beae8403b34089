package vn.thanhhoa.cds.simulators.tthc;

import java.time.LocalDateTime;

/**
 * What the simulator knows about a dossier it wrote, for tests to compare a pipeline's output with:
 * its latest state, written down independently of any parsing code. {@code applicantAdult} is from
 * the birth year the simulator chose (null where the year of submission alone cannot tell, or the
 * applicant has no 12-digit ID).
 *
 * <p>The rest is what the indicators of a dossier read, as the simulator chose it for the dossier's
 * latest state: when it was received (NgayTiepNhan) and finished (NgayKetThucXuLy, null while not
 * finished), its service level as exported (MucDo: 3 partly, 4 fully online), the applicant type
 * (LoaiDoiTuong: 1 citizen, 2 business), whether fees are due (DanhSachLePhi written), whether its
 * components are digitised (HoSoCoThanhPhanSoHoa), whether a result was issued electronically
 * (DanhSachGiayToKetQua written), and how many of its documents (TaiLieuNop) were submitted and
 * reused (DuocTaiSuDung).
 */
public record ExpectedDossier(String dossierCode, String agencyCode, String communeCode, int finalStatus,
                              boolean online, boolean paidOnline, String applicantId, Boolean applicantAdult, int statusLines,
                              LocalDateTime receivedAt, LocalDateTime finishedAt, String serviceLevel, String applicantType,
                              boolean feesDue, boolean digitisedComponents, boolean electronicResult, int submittedFiles, int reusedFiles) {

    /** A dossier known by its code and state only (the indicator fields unknown: received on the day its code carries). */
    public ExpectedDossier(String dossierCode, String agencyCode, String communeCode, int finalStatus,
                           boolean online, boolean paidOnline, String applicantId, Boolean applicantAdult, int statusLines) {
        this(dossierCode, agencyCode, communeCode, finalStatus, online, paidOnline, applicantId, applicantAdult, statusLines,
                null, null, online ? "4" : "3", "1", false, false, false, 1, 0);
    }
}
