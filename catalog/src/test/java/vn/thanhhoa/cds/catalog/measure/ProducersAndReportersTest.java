package vn.thanhhoa.cds.catalog.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thanhhoa.cds.adminunits.statistics.StatisticField;
import vn.thanhhoa.cds.catalog.TestCatalog;

/**
 * Who produces the measures: the reference statistics are exactly what admin-units publishes, the
 * measures no feed gives yet are declared (and say so), and every reported measure has its rule for
 * several reporters, typed here from the reasoning of issue 13.
 */
class ProducersAndReportersTest {

    private final Measures measures = TestCatalog.catalog().measures();

    @Test
    void theReferenceMeasuresAreTheStatisticsAdminUnitsPublishes() {
        Set<String> reference = measures.byName().values().stream().filter(m -> m.source().equals(Source.REFERENCE))
                .map(Measure::name).collect(Collectors.toCollection(TreeSet::new));
        assertThat(reference).containsExactlyInAnyOrder("population.total", "population.adult", "population.age15plus",
                "population.age14plus", "population.working_age", "household.total", "enterprise.total", "enterprise.sme",
                "business.units", "school.total", "school.primary_lower_secondary", "officials.total");
        assertThat(reference).allSatisfy(name -> assertThat(StatisticField.fromMeasure(name)).as(name).isPresent());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"tthc.procedure.total", "tthc.procedure.eligible_fully_online", "tthc.procedure.fully_online",
            "tthc.procedure.online_any_location", "tthc.satisfaction.points", "officials.handling_work_online",
            "health.ebook.people", "health.digital_service.adults", "document.directive", "document.directive.electronic"})
    void measuresNoFeedProducesYetAreDeclaredWithANote(String name) {
        Measure measure = measures.measure(name).orElseThrow();
        assertThat(measure.source()).isEqualTo(Source.DECLARATION);
        assertThat(measure.interim()).as("which feed would give " + name).isPresent();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "bank.account_holders.age15plus, max",
            "bank.accounts, sum",
            "bank.organisations.cashless, max",
            "telecom.population.covered_4g5g, max",
            "telecom.users.fixed_broadband_1gbps, max",
            "telecom.households.ftth, sum",
            "telecom.households.covered_fibre_4g5g, max",
            "telecom.smartphone_subscribers, sum",
            "telecom.smartphone_subscribers.security_app, sum",
            "telecom.adults.digital_signature, max",
            "power.customers.household, sum",
            "power.customers.household.cashless, sum"})
    void everyReportedMeasureSaysHowSeveralReportersAddUp(String name, String rule) {
        Measure measure = measures.measure(name).orElseThrow();
        assertThat(measure.combine()).isPresent();
        assertThat(measure.combine().get().rule().spelling()).isEqualTo(rule);
        assertThat(measure.combine().get().reason()).isNotBlank();
        assertThat(measure.derivation().orElseThrow().per()).contains("reporter");
    }

    @Test
    void theTwelveReportedMeasuresAreAllListedAbove() {
        assertThat(measures.byName().values().stream().filter(m -> m.combine().isPresent())).hasSize(12);
    }

    /** VNPT and Viettel report the same commune and month: neither is lost, and the rule combines them. */
    @Test
    void twoOperatorsForOneCommuneAndMonthCombineByTheMeasuresRule() {
        List<BigDecimal> subscribers = List.of(new BigDecimal("1200"), new BigDecimal("800"));
        List<BigDecimal> signatures = List.of(new BigDecimal("700"), new BigDecimal("500"));

        assertThat(rule("telecom.smartphone_subscribers").combine(subscribers)).contains(new BigDecimal("2000"));
        assertThat(rule("telecom.adults.digital_signature").combine(signatures)).contains(new BigDecimal("700"));
        assertThat(rule("telecom.smartphone_subscribers").combine(List.of())).isEmpty();
    }

    @Test
    void distinctPeopleAreDistinctCountsByPseudonym() {
        for (String name : List.of("tthc.applicants.adult_citizens_online", "health.telehealth.adults", "health.record.people")) {
            Measure measure = measures.measure(name).orElseThrow();
            assertThat(measure.type()).as(name).isEqualTo(MeasureType.DISTINCT);
            assertThat(measure.derivation().orElseThrow().per().orElseThrow()).as(name).endsWith("pseudonym");
        }
        assertThat(measures.measure("tthc.applicants.adult_citizens_online").orElseThrow().derivation().orElseThrow().commune())
                .containsExactly("applicant_residence_commune_code", "commune_code");
    }

    @Test
    void item13CountsDocumentsBothProcessedElectronicallyAndSigned() {
        Derivation signed = measures.measure("document.issued.electronic").orElseThrow().derivation().orElseThrow();
        assertThat(signed.where()).extracting(Condition::field).containsExactlyInAnyOrder("processed_electronically", "digitally_signed");
        Derivation issued = measures.measure("document.issued").orElseThrow().derivation().orElseThrow();
        assertThat(issued.where()).contains(new Condition("secret", false, List.of("false")));
    }

    private CombineRule rule(String name) {
        return measures.measure(name).orElseThrow().combine().orElseThrow().rule();
    }
}
