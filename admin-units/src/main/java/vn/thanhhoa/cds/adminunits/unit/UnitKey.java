package vn.thanhhoa.cds.adminunits.unit;

/**
 * What identifies a unit. The 2025 reform gave every new commune the code of one of its old
 * communes (new Phường Hàm Rồng is 14758, old Phường Đông Thọ's code), so a bare code is ambiguous.
 */
public record UnitKey(String code, Validity validity) {

    @Override
    public String toString() {
        return code + " " + validity;
    }
}
