package vn.thanhhoa.cds.catalog.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thanhhoa.cds.catalog.TestCatalog;
import vn.thanhhoa.cds.catalog.scoring.Scoring;

/** Every indicator of seed 004's appendix, with targets, owners and measures typed in from the seed. */
class IndicatorSet2026Test {

    private final IndicatorSet set = TestCatalog.catalog().set("2026").orElseThrow();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            1   | HTS | ratio | >= 50       | vnpt      | telecom.population.covered_4g5g      | population.total
            2   | HTS | ratio | >= 60       | vnpt      | telecom.users.fixed_broadband_1gbps  | population.total
            3   | CQS | ratio | >= 100      | vhxh      | officials.trained_digital_skills     | officials.total
            4   | CQS | ratio | >= 90       | tt_phvhc  | tthc.dossier.resolved.digitised      | tthc.dossier.resolved
            5   | CQS | ratio | >= 100      | tt_phvhc  | tthc.procedure.fully_online          | tthc.procedure.eligible_fully_online
            6   | CQS | ratio | >= 100      | tt_phvhc  | tthc.business_document.provided_once | tthc.business_document.required
            7   | CQS | ratio | >= 90       | tt_phvhc  | tthc.dossier.received.online_capable.online | tthc.dossier.received.online_capable
            8   | CQS | ratio | >= 75       | tt_phvhc  | tthc.procedure.online_any_location   | tthc.procedure.total
            9   | CQS | ratio | >= 75       | tt_phvhc  | tthc.dossier.received.online         | tthc.dossier.received
            10  | CQS | ratio | >= 80       | tt_phvhc  | tthc.dossier.paid.online_capable.online | tthc.dossier.paid.online_capable
            11  | CQS | ratio | >= 80       | tt_phvhc  | tthc.dossier.resolved.reused_data    | tthc.dossier.resolved
            12  | CQS | ratio | >= 95       | tt_phvhc  | tthc.satisfaction.points             | -
            13  | CQS | ratio | >= 100      | vp        | document.issued.electronic           | document.issued
            14  | CQS | ratio | >= 100      | vp        | report.periodic.on_provincial_system | report.periodic.required
            15  | CQS | ratio | >= 100      | vp        | task.tracked_online                  | task.assigned
            16  | CQS | ratio | >= 100      | vp        | document.directive.electronic        | document.directive
            17  | KTS | ratio | >= 80       | agribank  | bank.accounts                        | population.age15plus
            18  | KTS | count | encouraged  | kinh_te   | enterprise.science_technology        | -
            19  | KTS | ratio | >= 60       | kinh_te   | enterprise.sme.digital_tech          | enterprise.sme
            20  | KTS | ratio | >= 20       | kinh_te   | enterprise.innovating                | enterprise.total
            21  | KTS | count | >= 1        | kinh_te   | enterprise.startup.innovative        | -
            22  | KTS | count | between 5 7 | vhxh      | ip.applications                      | -
            23  | XHS | ratio | >= 86       | agribank  | bank.account_holders.age15plus       | population.age15plus
            24  | XHS | ratio | >= 80       | vnpt      | telecom.households.ftth              | household.total
            25a | XHS | ratio | >= 80       | vhxh      | health.digital_service.adults        | population.adult
            25b | XHS | ratio | >= 80       | vhxh      | education.digital_service.adults     | population.adult
            25c | XHS | ratio | >= 80       | vhxh      | insurance.digital_service.adults     | population.adult
            25d | XHS | ratio | >= 80       | cong_an   | transport.digital_service.adults     | population.adult
            26  | XHS | ratio | >= 65       | cong_an   | vneid.accounts                       | population.age14plus
            27  | XHS | ratio | >= 95       | vhxh      | health.ebook.people                  | population.total
            28  | XHS | ratio | >= 40       | vhxh      | telecom.adults.digital_signature     | population.adult
            29  | XHS | score | score 30    | tt_cudvc  | web.dx_posts                         | -
            30  | XHS | score | score 4     | tt_cudvc  | radio.dx_broadcasts                  | -
            """)
    void everyIndicatorHasTheSeedsTargetOwnerAndMeasures(String code, String pillar, String kind, String target,
                                                         String owner, String numerator, String denominator) {
        Indicator indicator = set.indicator(code).orElseThrow();
        assertThat(indicator.pillar().name()).isEqualTo(pillar);
        assertThat(indicator.kind().spelling()).isEqualTo(kind);
        assertThat(indicator.targets()).containsOnlyKeys(2026);
        assertThat(indicator.target(2026).orElseThrow().expression()).isEqualTo(target);
        assertThat(indicator.ownership().owner()).isEqualTo(owner);
        assertThat(indicator.computation().numerator()).isEqualTo(numerator);
        assertThat(indicator.computation().denominator().orElse(null)).isEqualTo(denominator);
    }

    @Test
    void hasThirtyIndicatorsWithItem25InFourParts() {
        assertThat(set.indicators()).extracting(Indicator::code).containsExactly(
                "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16",
                "17", "18", "19", "20", "21", "22", "23", "24", "25a", "25b", "25c", "25d", "26", "27", "28", "29", "30");
        assertThat(set.indicators().stream().filter(i -> i.pillar() == Pillar.HTS)).hasSize(2);
        assertThat(set.indicators().stream().filter(i -> i.pillar() == Pillar.CQS)).hasSize(14);
        assertThat(set.indicators().stream().filter(i -> i.pillar() == Pillar.KTS)).hasSize(6);
        // Item 25 is one of the 8 XHS items of the plan, printed in four parts.
        assertThat(set.indicators().stream().filter(i -> i.pillar() == Pillar.XHS)
                .map(i -> i.code().replaceAll("[a-d]$", "")).distinct()).hasSize(8);
    }

    @Test
    void item12DividesByTwentyPoints() {
        Computation satisfaction = set.indicator("12").orElseThrow().computation();
        assertThat(satisfaction.denominatorConstant()).contains(new BigDecimal("20"));
        assertThat(satisfaction.dataSource()).contains("Cổng DVC Quốc gia");
    }

    @Test
    void keepsPrintedMethodsAndBothOwnerStatements() {
        Indicator cashless = set.indicator("17").orElseThrow();
        assertThat(cashless.computation().method()).contains("Số tài khoản/dân số từ 15 tuổi trở lên.");
        assertThat(set.indicator("15").orElseThrow().computation().method()).contains("");
        Indicator startups = set.indicator("21").orElseThrow();
        assertThat(startups.ownership().otherNamed()).contains(java.util.List.of("kinh_te", "agribank"));
        assertThat(set.indicator("24").orElseThrow().ownership().ownerPrinted()).isEqualTo("VNP Vĩnh Lộc");
        assertThat(set.indicator("19").orElseThrow().condition()).contains("Đối với các xã trung tâm");
    }

    @Test
    void item29ScoresTheOwnSectionOrTheProvincialLinkPlusThePosts() {
        Scoring scoring = set.indicator("29").orElseThrow().scoring().orElseThrow();
        assertThat(scoring.fraction(facts(1, 0, 24))).isEqualByComparingTo("1");
        assertThat(scoring.fraction(facts(1, 1, 30))).isEqualByComparingTo("1");
        assertThat(scoring.fraction(facts(0, 1, 23))).isEqualByComparingTo("0.5");
        assertThat(scoring.fraction(facts(0, 1, 12))).isEqualByComparingTo("0.5");
        assertThat(scoring.fraction(facts(0, 0, 11))).isEqualByComparingTo("0");
        assertThat(scoring.fraction(facts(1, 0, 11))).isEqualByComparingTo("0.5");
        assertThat(scoring.maxFraction()).isEqualByComparingTo("1");
    }

    @Test
    void item30ScoresTheBroadcastsPerMonth() {
        Scoring scoring = set.indicator("30").orElseThrow().scoring().orElseThrow();
        assertThat(scoring.fraction(Map.of("radio.dx_broadcasts", BigDecimal.valueOf(4)))).isEqualByComparingTo("1");
        assertThat(scoring.fraction(Map.of("radio.dx_broadcasts", BigDecimal.valueOf(3)))).isEqualByComparingTo("0.5");
        assertThat(scoring.fraction(Map.of("radio.dx_broadcasts", new BigDecimal("3.5")))).isEqualByComparingTo("0.5");
        assertThat(scoring.fraction(Map.of("radio.dx_broadcasts", BigDecimal.valueOf(2)))).isEqualByComparingTo("0.5");
        assertThat(scoring.fraction(Map.of("radio.dx_broadcasts", BigDecimal.ONE))).isEqualByComparingTo("0");
    }

    private static Map<String, BigDecimal> facts(int section, int link, int posts) {
        return Map.of("web.dx_section", BigDecimal.valueOf(section), "web.dx_link", BigDecimal.valueOf(link),
                "web.dx_posts", BigDecimal.valueOf(posts));
    }
}
