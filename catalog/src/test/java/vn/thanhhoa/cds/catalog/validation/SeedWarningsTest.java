package vn.thanhhoa.cds.catalog.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thanhhoa.cds.catalog.TestCatalog;
import vn.thanhhoa.cds.schemas.data.DataFinding;

/** The mistakes the real seeds contain are kept in the data and reported as warnings, not errors. */
class SeedWarningsTest {

    private final List<DataFinding> findings = TestCatalog.loaded().findings();

    @Test
    void theBuiltInCatalogHasNoErrors() {
        assertThat(findings).noneMatch(DataFinding::isError);
    }

    @Test
    void reportsTheFallingTargetOf34() {
        assertWarning("indicators-2023-2025.yaml", "indicator 3.4 target 2025", "falling target", "70% in 2024, 0% in 2025");
    }

    @Test
    void reportsThatSeed000Prints33AsYesNo() {
        assertWarning("indicators-2023-2025.yaml", "indicator 3.3 kind", "kind is ratio", "printed as yes/no");
    }

    @Test
    void reportsThe39NameThatPromisesANumber() {
        assertWarning("indicators-2023-2025.yaml", "indicator 3.9 unit", "Số lượng");
    }

    @Test
    void reportsThatItem17CountsAccountsNotTransactions() {
        assertWarning("indicators-2026.yaml", "indicator 17 numerator", "counts transactions", "counts accounts");
    }

    @Test
    void reportsTheUpsideDownMethodsOfItems2And24() {
        assertWarning("indicators-2026.yaml", "indicator 2 method", "upside down");
        assertWarning("indicators-2026.yaml", "indicator 24 method", "upside down");
    }

    @Test
    void reportsItem15sBlankMethodAndTheMethodsWithoutDenominator() {
        assertWarning("indicators-2026.yaml", "indicator 15 method", "blank");
        for (String code : List.of("3", "6", "8", "11", "14", "16")) {
            assertWarning("indicators-2026.yaml", "indicator " + code + " method", "names no denominator");
        }
    }

    @Test
    void reportsItem29sTargetAgainstItsTopTier() {
        assertWarning("indicators-2026.yaml", "indicator 29 target 2026", "differs from the top scoring tier", "from 24");
    }

    @Test
    void reportsOwnerConflictsBetweenTheAppendixAndSectionV() {
        assertWarning("indicators-2026.yaml", "indicator 18 owner", "owner conflict");
        assertWarning("indicators-2026.yaml", "indicator 21 owner", "owner conflict", "Agribank");
        for (String code : List.of("23", "24", "27")) {
            assertWarning("indicators-2026.yaml", "indicator " + code + " owner", "Section V names no owner");
        }
        assertThat(findings).noneMatch(f -> f.field().equals("indicator 1 owner"));
    }

    @Test
    void reportsSeed001sFootnoteStarsWithoutNotes() {
        assertWarning("hoang-kim-2023.yaml", "footnotes 1.11 2023", "'*1'", "note is missing");
        assertWarning("hoang-kim-2023.yaml", "footnotes 4.8 2023", "'*'", "note is missing");
    }

    @Test
    void reportsSeed002sTwoFiguresFor32() {
        assertWarning("yen-hung-2025.yaml", "targets 3.2 2025", "prints two targets", "85%");
    }

    private void assertWarning(String file, String field, String... words) {
        assertThat(findings).as("warning on %s in %s", field, file).anySatisfy(f -> {
            assertThat(f.isError()).isFalse();
            assertThat(f.file()).endsWith(file);
            assertThat(f.line()).isPositive();
            assertThat(f.field()).isEqualTo(field);
            for (String word : words) {
                assertThat(f.message()).contains(word);
            }
        });
    }
}
