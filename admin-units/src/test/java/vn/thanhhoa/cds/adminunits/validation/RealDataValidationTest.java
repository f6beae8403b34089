package vn.thanhhoa.cds.adminunits.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thanhhoa.cds.schemas.data.DataFinding;

class RealDataValidationTest {

    private final List<DataFinding> findings = new ReferenceDataValidator().validate();

    @Test
    void theShippedDataHasNoErrors() {
        assertThat(findings).filteredOn(DataFinding::isError).isEmpty();
    }

    /** The official conversion table spells three old names differently from the official list; both are kept verbatim. */
    @Test
    void theSourceSpellingDifferencesAreReportedAsWarnings() {
        assertThat(findings).filteredOn(f -> !f.isError()).extracting(DataFinding::message)
                .anySatisfy(m -> assertThat(m).contains("'Thị trấn Ngọc Lặc'").contains("'Thị Trấn Ngọc Lặc'"))
                .anySatisfy(m -> assertThat(m).contains("'Xã Vân Am'").contains("'Xã Vân Âm'"))
                .anySatisfy(m -> assertThat(m).contains("'Xã Vân Sơn'").contains("'Xã Văn Sơn'"))
                .hasSize(3);
    }
}
