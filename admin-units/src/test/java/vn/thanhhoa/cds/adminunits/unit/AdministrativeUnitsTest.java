package vn.thanhhoa.cds.adminunits.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thanhhoa.cds.adminunits.TestData.LAST_OLD_DAY;
import static vn.thanhhoa.cds.adminunits.TestData.REAL;
import static vn.thanhhoa.cds.adminunits.TestData.REFORM_DAY;

import java.time.LocalDate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class AdministrativeUnitsTest {

    private final AdministrativeUnits units = REAL.units();

    @Test
    void beforeTheReformThereAre26DistrictsAnd547Communes() {
        assertThat(units.validOn(LAST_OLD_DAY, UnitLevel.DISTRICT)).hasSize(26);
        assertThat(units.validOn(LAST_OLD_DAY, UnitLevel.COMMUNE)).hasSize(547);
        assertThat(units.validOn(LocalDate.of(2023, 1, 1), UnitLevel.COMMUNE)).hasSize(547);
    }

    @Test
    void fromTheReformThereAreNoDistrictsAnd166UnitsOf147CommunesAnd19Wards() {
        assertThat(units.validOn(REFORM_DAY, UnitLevel.DISTRICT)).isEmpty();
        var communes = units.validOn(REFORM_DAY, UnitLevel.COMMUNE);
        assertThat(communes).hasSize(166);
        assertThat(communes.stream().collect(Collectors.groupingBy(AdministrativeUnit::type, Collectors.counting())))
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of("Xã", 147L, "Phường", 19L));
    }

    @Test
    void code14758NamesDongThoBeforeTheReformAndHamRongAfter() {
        assertThat(units.require("14758", LAST_OLD_DAY).name()).isEqualTo("Phường Đông Thọ");
        assertThat(units.require("14758", REFORM_DAY).name()).isEqualTo("Phường Hàm Rồng");
        assertThat(units.withCode("14758")).extracting(AdministrativeUnit::name)
                .containsExactly("Phường Đông Thọ", "Phường Hàm Rồng");
    }

    @Test
    void theDistrictIsTheParentWhereOneExistsElseTheProvince() {
        AdministrativeUnit thoDan = units.require("15742", LAST_OLD_DAY);
        assertThat(units.parentOn(thoDan, LAST_OLD_DAY)).map(AdministrativeUnit::name).contains("Huyện Triệu Sơn");

        AdministrativeUnit thoPhu = units.require("15763", REFORM_DAY);
        assertThat(units.parentOn(thoPhu, REFORM_DAY)).map(AdministrativeUnit::code).contains("38");
        assertThat(units.provinceOn(REFORM_DAY).name()).isEqualTo("Tỉnh Thanh Hóa");
    }

    @Test
    void districtsHoldTheirCommunes() {
        // Huyện Vĩnh Lộc has 13 commune-level units in the official list.
        AdministrativeUnit vinhLoc = units.require("393", LAST_OLD_DAY);
        assertThat(units.childrenOn(vinhLoc, LAST_OLD_DAY)).hasSize(13);
    }

    /** Two rows of the official list (549) name communes dissolved before 2023: they are left out (547). */
    @Test
    void theTwoStaleRowsOfTheOfficialListAreNotUnits() {
        assertThat(units.unit("16387", LAST_OLD_DAY)).isEmpty();
        assertThat(units.unit("16411", LAST_OLD_DAY)).isEmpty();
        assertThat(units.require("16408", LAST_OLD_DAY).name()).isEqualTo("Xã Đông Khê");
    }
}
