package vn.thanhhoa.cds.catalog.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thanhhoa.cds.catalog.load.CatalogLoader;
import vn.thanhhoa.cds.catalog.load.DirectoryCatalogFiles;
import vn.thanhhoa.cds.catalog.load.LoadResult;
import vn.thanhhoa.cds.schemas.data.DataFinding;

/** Each rule rejects a small broken file from src/test/resources/broken, naming file and line. */
class ValidationRulesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown-pillar            | set.yaml      | 9  | unknown pillar 'XYZ'
            unknown-kind              | set.yaml      | 12 | unknown kind 'percentage'
            percent-over-100          | set.yaml      | 15 | target 120% is outside the range of a percentage (0–100)
            negative-target           | set.yaml      | 15 | target -5 is negative
            unknown-measure           | set.yaml      | 13 | no source produces measure 'tthc.dossier.recieved.online'
            measure-without-source    | measures.yaml | 7  | no source produces this measure: 'fax' is not one of [tthc]
            ratio-without-denominator | set.yaml      | 13 | a ratio without a denominator
            duplicate-code            | set.yaml      | 19 | duplicate code '1.6' (also at
            duplicate-key             | set.yaml      | 17 | duplicate key (first given on line 16)
            bad-target                | set.yaml      | 15 | cannot read target 'at least 75'
            not-yaml                  | set.yaml      | 4  | not valid YAML
            unproduced-measure        | set.yaml      | 13 | nobody produces measure 'tthc.satisfaction.points': source tthc has no derivation
            unpublished-statistic     | set.yaml      | 13 | nobody produces measure 'official.cbcc': admin-units publishes no reference statistic of that name
            derivation-unknown-field  | measures.yaml | 6  | DossierStatusChanged has no field 'kenh'
            within-100-not-within     | set.yaml      | 13 | within-100, but tthc.dossier.received.online is not declared within tthc.dossier.received
            stock-over-a-year         | set.yaml      | 13 | window year-to-date does not suit product.ocop.online (stock)
            report-without-combine    | measures.yaml | 6  | several reporters may report it for one commune and month
            """)
    void rejectsTheBrokenFileNamingFileAndLine(String folder, String file, int line, String message) {
        LoadResult result = CatalogLoader.load(new DirectoryCatalogFiles(folder(folder)));

        List<DataFinding> errors = result.findings().stream().filter(DataFinding::isError).toList();
        assertThat(result.hasErrors()).isTrue();
        assertThat(errors).anySatisfy(error -> {
            assertThat(error.file()).endsWith(folder + "/" + file);
            assertThat(error.line()).isEqualTo(line);
            assertThat(error.message()).contains(message);
            assertThat(error.toString()).startsWith(error.file() + ":" + line + ": error: ");
        });
    }

    @Test
    void theValidFixtureHasNoFindings() {
        LoadResult result = CatalogLoader.load(new DirectoryCatalogFiles(folder("valid")));
        assertThat(result.findings()).isEmpty();
        assertThat(result.catalog().set("test").orElseThrow().indicator("1.6")).isPresent();
    }

    static Path folder(String name) {
        try {
            return Path.of(Objects.requireNonNull(ValidationRulesTest.class.getResource("/broken/" + name)).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
