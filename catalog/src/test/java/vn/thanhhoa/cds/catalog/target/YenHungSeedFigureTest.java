package vn.thanhhoa.cds.catalog.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.thanhhoa.cds.adminunits.ReferenceData;
import vn.thanhhoa.cds.adminunits.statistics.ReferenceStatistics;
import vn.thanhhoa.cds.adminunits.statistics.StatisticField;
import vn.thanhhoa.cds.adminunits.unit.AdministrativeUnit;
import vn.thanhhoa.cds.catalog.Catalog;
import vn.thanhhoa.cds.catalog.TestCatalog;
import vn.thanhhoa.cds.catalog.indicator.Indicator;
import vn.thanhhoa.cds.catalog.indicator.IndicatorSet;
import vn.thanhhoa.cds.catalog.recognition.IndexPoints;
import vn.thanhhoa.cds.catalog.recognition.Recognition;
import vn.thanhhoa.cds.catalog.recognition.RecognitionAssessor;
import vn.thanhhoa.cds.catalog.recognition.Result;
import vn.thanhhoa.cds.catalog.recognition.Status;

/**
 * Seed 002, end to end in the catalog's terms: Yên Hùng declared for 2024 that 2,240 people of
 * working age were trained in digital skills (2023–2025 item 3.1), "2240/3200 người trong độ tuổi
 * lao động, đạt tỷ lệ 70%". The denominator is admin-units' working-age population of unit 15433,
 * Yên Hùng, valid until 30 June 2025, not its successor 15442 (Yên Ninh). 70 % meets the 2024
 * province target (at least 70 %) and fails Yên Hùng's own 2025 target ("đạt trên 80%").
 */
class YenHungSeedFigureTest {

    private static final Catalog CATALOG = TestCatalog.catalog();
    private static final ReferenceData REFERENCE = ReferenceData.load();
    private static final LocalDate END_OF_2024 = LocalDate.of(2024, 12, 31);
    private static final long DECLARED_TRAINED = 2240;

    private final IndicatorSet set = CATALOG.setFor(2024).orElseThrow();
    private final Indicator item31 = set.indicator("3.1").orElseThrow();

    @Test
    void theDenominatorIsTheWorkingAgePopulationOfYenHung15433NotItsSuccessor() {
        AdministrativeUnit yenHung = REFERENCE.units().unit("15433", END_OF_2024).orElseThrow();
        assertThat(yenHung.name()).isEqualTo("Xã Yên Hùng");
        assertThat(yenHung.validOn(LocalDate.of(2025, 6, 30))).isTrue();
        assertThat(yenHung.validOn(LocalDate.of(2025, 7, 1))).isFalse();

        assertThat(StatisticField.fromMeasure(item31.computation().denominator().orElseThrow()))
                .contains(StatisticField.WORKING_AGE);
        assertThat(workingAge(yenHung, END_OF_2024)).isEqualTo(3200);
        AdministrativeUnit successor = REFERENCE.units().unit("15442", LocalDate.of(2025, 7, 1)).orElseThrow();
        assertThat(workingAge(successor, LocalDate.of(2025, 12, 31))).isNotEqualTo(3200);
    }

    @Test
    void seventyPercentExactlyMeetsThe2024ProvinceTarget() {
        Result result = Result.percent(DECLARED_TRAINED, denominator());
        assertThat(((Result.Value) result).value()).isEqualByComparingTo(new BigDecimal("70"));

        Optional<Assignment> own = CATALOG.assignment(set.id(), "15433", END_OF_2024);
        Recognition recognition = assess(TargetTable.forYear(set, 2024, own), result);

        assertThat(recognition.verdicts()).singleElement().satisfies(verdict -> {
            assertThat(verdict.target().communeSpecific()).isFalse();
            assertThat(verdict.target().target().expression()).isEqualTo(">= 70");
            assertThat(verdict.status()).isEqualTo(Status.MET);
        });
    }

    @Test
    void theSameFigureFailsYenHungsOwn2025TargetOfMoreThan80Percent() {
        Optional<Assignment> own = CATALOG.assignment(set.id(), "15433", LocalDate.of(2025, 6, 30));
        assertThat(own).isPresent();
        Recognition recognition = assess(TargetTable.forYear(set, 2025, own), Result.percent(DECLARED_TRAINED, denominator()));

        assertThat(recognition.verdicts()).singleElement().satisfies(verdict -> {
            assertThat(verdict.target().communeSpecific()).isTrue();
            assertThat(verdict.target().target().expression()).isEqualTo("> 80");
            assertThat(verdict.target().target().printed()).isEqualTo("đạt trên 80%");
            assertThat(verdict.status()).isEqualTo(Status.NOT_MET);
        });
    }

    private long denominator() {
        return workingAge(REFERENCE.units().unit("15433", END_OF_2024).orElseThrow(), END_OF_2024);
    }

    private static long workingAge(AdministrativeUnit unit, LocalDate day) {
        return REFERENCE.statistics().forDay(unit, day).map(ReferenceStatistics::workingAge).orElseThrow();
    }

    /** Only item 3.1's row of the year's targets, so that the verdict is that item's alone. */
    private Recognition assess(List<EffectiveTarget> targets, Result result) {
        List<EffectiveTarget> item = targets.stream().filter(t -> t.indicator().code().equals("3.1")).toList();
        return new RecognitionAssessor().assess(item, Map.of("3.1", result), IndexPoints.of(70, 100), Map.of());
    }
}
