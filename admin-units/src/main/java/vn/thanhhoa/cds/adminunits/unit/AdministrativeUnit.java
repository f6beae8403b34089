package vn.thanhhoa.cds.adminunits.unit;

import java.time.LocalDate;
import java.util.Optional;

import vn.thanhhoa.cds.adminunits.file.SourceLine;

/**
 * A province, district or commune-level unit (xã, phường, thị trấn) for one validity period.
 *
 * @param code       government code (QĐ 124/2004 before the reform, QĐ 19/2025 after), as text
 * @param name       full Vietnamese name as the official list prints it, e.g. {@code Phường Hàm Rồng}
 * @param type       Vietnamese type word: Tỉnh, Thành phố, Thị xã, Huyện, Phường, Xã, Thị trấn
 * @param parentCode code of the parent valid in the same period; empty for the province
 * @param at         the row this unit was read from
 */
public record AdministrativeUnit(String code, String name, String type, UnitLevel level,
                                 Optional<String> parentCode, Validity validity, SourceLine at) {

    public UnitKey key() {
        return new UnitKey(code, validity);
    }

    public boolean validOn(LocalDate day) {
        return validity.contains(day);
    }

    @Override
    public String toString() {
        return name + " (" + code + " " + validity + ")";
    }
}
