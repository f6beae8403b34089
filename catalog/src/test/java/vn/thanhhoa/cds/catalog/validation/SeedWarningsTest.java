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
    void reportsThatTheCommunesRead33AsAShareWhereSeed000PrintsItAsYesNo() {
        assertWarning("hoang-kim-2023.yaml", "variants 3.3", "evaluates 3.3 as a ratio", "province default is a declaration");
        assertWarning("yen-hung-2025.yaml", "variants 3.3", "evaluates 3.3 as a ratio", "province default is a declaration");
        assertThat(findings).noneMatch(f -> f.field().equals("indicator 3.3 kind"));
    }

    @Test
    void reportsItem19sDenominatorAgainstItsPrintedMethod() {
        assertWarning("indicators-2026.yaml", "indicator 19 method", "computed otherwise than printed", "enterprise.sme");
    }

    @Test
    void reportsTheFieldsTheConnectorsMustStillCarry() {
        assertWarning("measures.yaml", "measure tthc.business_document.provided_once derivation", "first_time_files");
        // Carried since the connectors tell adulthood, residence and the declared month: no longer awaited.
        assertThat(findings).noneMatch(f -> f.message().contains("awaits the connector")
                && (f.message().contains("applicant_adult") || f.message().contains("adult (") || f.message().contains("month (")));
    }

    @Test
    void listsEveryRatioThatMayExceed100PercentByConstruction() {
        // Typed from the catalog's reading of each item: numerator and denominator from different sources, or
        // not part of each other by definition (2026 item 17 accounts per person, 2.4 organisations over enterprises).
        List<String> expected = List.of("1.2", "1.4", "1.5", "1.10", "2.1", "2.4", "2.5", "2.6", "3.1", "3.2", "3.4", "3.5",
                "3.6", "3.7", "3.9", "3.10", "3.11", "4.1", "4.3",
                "1", "2", "3", "17", "19", "20", "23", "24", "25a", "25b", "25c", "25d", "26", "27", "28");
        List<String> listed = findings.stream().filter(f -> !f.isError() && f.field().endsWith(" bound"))
                .map(f -> f.field().replace("indicator ", "").replace(" bound", "")).toList();
        assertThat(listed).containsExactlyInAnyOrderElementsOf(expected);
        assertWarning("indicators-2026.yaml", "indicator 17 bound", "may exceed 100 %", "several accounts");
        assertWarning("indicators-2023-2025.yaml", "indicator 2.4 bound", "may exceed 100 %", "enterprises only");
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
