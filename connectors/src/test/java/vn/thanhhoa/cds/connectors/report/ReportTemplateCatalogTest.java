package vn.thanhhoa.cds.connectors.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thanhhoa.cds.catalog.Catalog;
import vn.thanhhoa.cds.catalog.load.CatalogLoader;
import vn.thanhhoa.cds.catalog.measure.Measure;

/**
 * The shipped report templates against the indicator catalog: a column must feed a measure the
 * catalog knows, from the same reporting body, and every measure the catalog expects from a body
 * must have a column in its template (else an indicator would never get its number).
 */
class ReportTemplateCatalogTest {

    private static final Catalog CATALOG = CatalogLoader.builtIn();

    @ParameterizedTest(name = "{0} template ↔ catalog source {1}")
    @CsvSource({"BANK, bank-report", "TELECOM, telecom-report", "POWER, power-report"})
    void theTemplateFeedsExactlyTheMeasuresTheCatalogExpectsFromThatBody(String body, String catalogSource) {
        Map<String, String> template = new ReportFileSourceConfig(Map.of(
                ReportFileSourceConfig.INPUT_DIR_CONFIG, "in",
                ReportFileSourceConfig.QUARANTINE_DIR_CONFIG, "quarantine",
                ReportFileSourceConfig.REGISTRY_URL_CONFIG, "http://registry.invalid",
                ReportFileSourceConfig.COMMUNE_CODES_CONFIG, "communes.csv",
                ReportFileSourceConfig.SOURCE_CONFIG, body)).measuresByHeader();

        Set<String> fed = new TreeSet<>(template.values());
        for (String measure : fed) {
            assertThat(CATALOG.measures().measure(measure)).as("catalog measure " + measure + " (template of " + body + ")").isPresent();
            assertThat(CATALOG.measures().measure(measure).orElseThrow().source()).as("source of " + measure).isEqualTo(catalogSource);
        }
        Set<String> expected = CATALOG.measures().byName().values().stream()
                .filter(measure -> measure.source().equals(catalogSource))
                .map(Measure::name)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(fed).isEqualTo(expected);
        assertThat(template).as("one column per measure").hasSameSizeAs(fed);
    }
}
