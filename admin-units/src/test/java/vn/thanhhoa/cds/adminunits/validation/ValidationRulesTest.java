package vn.thanhhoa.cds.adminunits.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thanhhoa.cds.adminunits.TestData.MINI;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.thanhhoa.cds.adminunits.ReferenceData;
import vn.thanhhoa.cds.schemas.data.DataFileException;
import vn.thanhhoa.cds.schemas.data.DataFinding;

/** Each rule, shown on the miniature data with one file swapped for a small broken copy. */
class ValidationRulesTest {

    @Test
    void theMiniatureIsClean() {
        assertThat(new ReferenceDataValidator(MINI).validate()).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}:{2}")
    @CsvSource(delimiter = '|', textBlock = """
            mini/communes-before.csv  | broken/communes-before-short-row.csv     | broken/communes-before-short-row.csv     | 4 | malformed row: 6 value(s) where the header has 7
            mini/communes-before.csv  | broken/communes-before-open-quote.csv    | broken/communes-before-open-quote.csv    | 3 | malformed
            mini/communes-before.csv  | broken/communes-before-duplicate.csv     | broken/communes-before-duplicate.csv     | 8 | duplicate row: unit 14755
            mini/communes-from.csv    | broken/communes-from-overlap.csv         | broken/communes-from-overlap.csv         | 2 | overlapping validity: code 14758
            mini/conversion.csv       | broken/conversion-loses-old.csv          | mini/communes-before.csv                 | 6 | conversion loses a commune: Xã Thọ Dân (15742
            mini/conversion.csv       | broken/conversion-loses-new.csv          | mini/communes-before.csv                 | 5 | conversion loses a commune: Thị trấn Vĩnh Lộc (15349
            mini/conversion.csv       | broken/conversion-loses-new.csv          | mini/communes-from.csv                   | 4 | conversion loses a commune: Xã Vĩnh Lộc (15349 [2025-07-01 – …]) has no predecessor
            mini/conversion.csv       | broken/conversion-unknown-code.csv       | broken/conversion-unknown-code.csv       | 3 | unknown unit code 99998
            mini/conversion.csv       | broken/conversion-unknown-code.csv       | broken/conversion-unknown-code.csv       | 9 | unknown unit code 99999
            mini/conversion.csv       | broken/conversion-duplicate.csv          | broken/conversion-duplicate.csv          | 9 | duplicate row: edge 14755 → 14758
            mini/split-weights.csv    | broken/split-weights-missing.csv         | mini/conversion.csv                      | 4 | split commune 14758 has no weight for its part in 14797
            mini/statistics-2024.csv  | broken/statistics-2024-impossible.csv    | broken/statistics-2024-impossible.csv    | 3 | impossible statistic: adults_18_plus (15000) > population (14000)
            mini/statistics-2024.csv  | broken/statistics-2024-impossible.csv    | broken/statistics-2024-impossible.csv    | 5 | impossible statistic: negative (-2300)
            mini/statistics-2024.csv  | broken/statistics-2024-unknown-unit.csv  | broken/statistics-2024-unknown-unit.csv  | 8 | unknown unit code 99999
            mini/statistics-2024.csv  | broken/statistics-2024-duplicate.csv     | broken/statistics-2024-duplicate.csv     | 8 | duplicate row: 2024 14755
            mini/statistics-2024.csv  | broken/statistics-2024-not-a-number.csv  | broken/statistics-2024-not-a-number.csv  | 4 | '9 000' is not a whole number
            mini/agency-codes.csv     | broken/agency-codes-unknown-unit.csv     | broken/agency-codes-unknown-unit.csv     | 16 | unknown unit code 99999
            mini/agency-codes.csv     | broken/agency-codes-duplicate.csv        | broken/agency-codes-duplicate.csv        | 16 | duplicate row: 000.01.01.H56
            mini/seed-figures.csv     | broken/seed-figures-mismatch.csv         | mini/statistics-2024.csv                 | 6 | differs from seed 000's 2600
            """)
    void ruleRejectsBrokenFileNamingFileAndLine(String original, String broken, String file, int line, String message) {
        List<DataFinding> findings = new ReferenceDataValidator(MINI.replacing(original, broken)).validate();

        assertThat(findings)
                .filteredOn(f -> f.isError() && f.file().equals(file) && f.line() == line && f.message().contains(message))
                .as("errors were: %s", findings)
                .hasSize(1)
                .first()
                .satisfies(f -> assertThat(f.toString()).startsWith(file + ":" + line + ": error: "));
    }

    @Test
    void loadingRefusesDataWithErrorsAndReportsEveryOne() {
        assertThatThrownBy(() -> ReferenceData.load(MINI.replacing("mini/statistics-2024.csv", "broken/statistics-2024-impossible.csv")))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("broken/statistics-2024-impossible.csv:3")
                .hasMessageContaining("broken/statistics-2024-impossible.csv:5");
    }

    @Test
    void aMissingFileIsAnErrorNotACrash() {
        List<DataFinding> findings = new ReferenceDataValidator(MINI.replacing("mini/split-weights.csv", "broken/no-such-file.csv")).validate();

        assertThat(findings).anySatisfy(f -> {
            assertThat(f.file()).isEqualTo("broken/no-such-file.csv");
            assertThat(f.message()).contains("not found");
        });
    }
}
