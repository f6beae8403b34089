package vn.thanhhoa.cds.adminunits.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thanhhoa.cds.adminunits.TestData.LAST_OLD_DAY;
import static vn.thanhhoa.cds.adminunits.TestData.REAL;
import static vn.thanhhoa.cds.adminunits.TestData.REFORM_DAY;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.thanhhoa.cds.adminunits.unit.AdministrativeUnit;

class AgencyDirectoryTest {

    private final AgencyDirectory agencies = REAL.agencies();

    @Test
    void everyUnitOfBothPeriodsHasOneGeneratedAgencyCode() {
        List<AdministrativeUnit> all = Stream.concat(REAL.units().validOn(LAST_OLD_DAY).stream(),
                REAL.units().validOn(REFORM_DAY).stream()).distinct().toList();
        assertThat(all).hasSize(1 + 26 + 547 + 166);
        assertThat(all).allSatisfy(unit -> assertThat(agencies.codeFor(unit))
                .hasValueSatisfying(code -> assertThat(code.generated()).isTrue()));
        assertThat(all.stream().map(u -> agencies.codeFor(u).orElseThrow().agencyCode()).distinct()).hasSize(all.size());
    }

    /** Codes worked out by hand from the rule in units/README.md. */
    @Test
    void codesFollowTheDocumentedRule() {
        assertThat(agencies.unitOn("000.00.00.H56", LocalDate.of(2026, 3, 1))).map(AdministrativeUnit::code).contains("38");
        // Thành phố Thanh Hóa is the first district by code; Phường Hàm Rồng (14755) its first commune.
        assertThat(agencies.unitOn("000.00.01.H56", LAST_OLD_DAY)).map(AdministrativeUnit::code).contains("380");
        assertThat(agencies.unitOn("000.01.01.H56", LAST_OLD_DAY)).map(AdministrativeUnit::name).contains("Phường Hàm Rồng");
        // New Phường Hàm Rồng (14758) is the first post-reform unit by code.
        assertThat(agencies.unitOn("000.01.50.H56", REFORM_DAY)).map(AdministrativeUnit::name).contains("Phường Hàm Rồng");
        assertThat(agencies.unitOn("000.01.50.H56", LAST_OLD_DAY)).isEmpty();
    }

    @Test
    void anOldAgencyCodeSeenAfterTheReformLeadsToTheSuccessor() {
        AdministrativeUnit yenHung = REAL.units().require("15433", LAST_OLD_DAY);
        String code = agencies.codeFor(yenHung).orElseThrow().agencyCode();

        assertThat(agencies.unitOn(code, LocalDate.of(2024, 5, 1))).contains(yenHung);
        assertThat(agencies.unitOn(code, LocalDate.of(2025, 8, 5))).isEmpty();
        assertThat(agencies.currentUnits(code, LocalDate.of(2025, 8, 5))).extracting(AdministrativeUnit::name)
                .containsExactly("Xã Yên Ninh");
    }

    @Test
    void anOldCodeOfASplitCommuneLeadsToAllItsSuccessors() {
        assertThat(agencies.successorsOn("14758", REFORM_DAY)).extracting(AdministrativeUnit::name)
                .containsExactly("Phường Hàm Rồng", "Phường Hạc Thành");
    }
}
