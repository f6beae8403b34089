package vn.thanhhoa.cds.adminunits.conversion;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thanhhoa.cds.adminunits.TestData.LAST_OLD_DAY;
import static vn.thanhhoa.cds.adminunits.TestData.REAL;
import static vn.thanhhoa.cds.adminunits.TestData.REFORM_DAY;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.thanhhoa.cds.adminunits.unit.AdministrativeUnit;

/** The communes of the seed documents, as the issue and the source README pair them. */
class SeedCommunesTest {

    @ParameterizedTest(name = "{1} {0} → {3} {2}")
    @CsvSource(textBlock = """
            15742, Xã Thọ Dân,         15763, Xã Thọ Phú
            15889, Xã Hoằng Kim,       15889, Xã Hoằng Phú
            15433, Xã Yên Hùng,        15442, Xã Yên Ninh
            15421, Xã Yên Trường,      15421, Xã Yên Trường
            15349, Thị trấn Vĩnh Lộc, 15349, Xã Vĩnh Lộc
            """)
    void seedCommuneResolvesToItsNewCommune(String oldCode, String oldName, String newCode, String newName) {
        assertThat(REAL.units().require(oldCode, LAST_OLD_DAY).name()).isEqualTo(oldName);
        assertThat(REAL.conversion().successorsOf(oldCode)).extracting(Successor::newCode).containsExactly(newCode);
        assertThat(REAL.agencies().successorsOn(oldCode, REFORM_DAY)).extracting(AdministrativeUnit::name).containsExactly(newName);
        assertThat(REAL.conversion().predecessorsOf(newCode)).contains(oldCode);
    }
}
