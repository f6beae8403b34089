package vn.thanhhoa.cds.reports.pdf;

import java.util.List;

/**
 * The administrative frame of a report (Decree 30/2020/NĐ-CP's layout): the issuing body under its
 * parent, the document number's suffix, the place of issue, who signs and for whom.
 *
 * @param parentBody   the body above the issuer, printed first ("UBND TỈNH THANH HÓA")
 * @param issuer       the issuing body ("SỞ KHOA HỌC VÀ CÔNG NGHỆ")
 * @param abbreviation the issuer's abbreviation in the number ("Số: 11/BC-SKHCN")
 * @param place        the place of issue ("Thanh Hóa")
 * @param signerAuthority the authority line ("KT. GIÁM ĐỐC"), may be empty
 * @param signerTitle  the signer's title ("PHÓ GIÁM ĐỐC")
 * @param signerName   the signer's name
 * @param copiesTo     "Nơi nhận" when the unit's recipient list names none
 */
public record Letterhead(String parentBody, String issuer, String abbreviation, String place, String signerAuthority,
                         String signerTitle, String signerName, List<String> copiesTo) {

    public static final Letterhead DEFAULT = new Letterhead("UBND TỈNH THANH HÓA", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "SKHCN", "Thanh Hóa",
            "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Hệ thống theo dõi chỉ tiêu chuyển đổi số)",
            List.of("UBND tỉnh (để báo cáo);", "Các xã, phường (để thực hiện);", "Lưu: VT, CNTT&CĐS."));

    public Letterhead {
        copiesTo = List.copyOf(copiesTo);
    }
}
