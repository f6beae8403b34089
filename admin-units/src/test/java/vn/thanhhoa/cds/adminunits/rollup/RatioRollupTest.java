package vn.thanhhoa.cds.adminunits.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thanhhoa.cds.adminunits.TestData.LAST_OLD_DAY;
import static vn.thanhhoa.cds.adminunits.TestData.MINI;
import static vn.thanhhoa.cds.adminunits.TestData.REAL;
import static vn.thanhhoa.cds.adminunits.TestData.REFORM_DAY;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thanhhoa.cds.adminunits.ReferenceData;
import vn.thanhhoa.cds.adminunits.statistics.ReferenceStatistics;
import vn.thanhhoa.cds.adminunits.statistics.StatisticField;
import vn.thanhhoa.cds.adminunits.unit.AdministrativeUnit;
import vn.thanhhoa.cds.adminunits.unit.UnitLevel;

class RatioRollupTest {

    private static final LocalDate MARCH_2025 = LocalDate.of(2025, 3, 1);

    /** Online dossiers / all dossiers of the six miniature communes in March 2025. */
    private static final List<Observation> MARCH = List.of(
            new Observation("14755", 30, 100),
            new Observation("14758", 10, 40),
            new Observation("14797", 25, 50),
            new Observation("15349", 5, 20),
            new Observation("15742", 7, 10),
            new Observation("15763", 1, 30));

    private final RatioRollup mini = ReferenceData.load(MINI).rollup();

    @Test
    void aDistrictRatioIsItsCommunesNumeratorsOverTheirDenominators() {
        RollupResult result = mini.rollUp(MARCH_2025, MARCH);

        // Thành phố Thanh Hóa: (30 + 10 + 25) / (100 + 40 + 50) = 65 / 190 = 34.21 %,
        // not the 35 % that averaging 30 %, 25 % and 50 % would give.
        assertThat(result.parents().get("380")).isEqualTo(new Ratio(65, 190));
        assertThat(result.parents().get("380").percent().getAsDouble()).isCloseTo(34.21, org.assertj.core.data.Offset.offset(0.01));
        assertThat(result.parents().get("393")).isEqualTo(new Ratio(5, 20));
        assertThat(result.parents().get("397")).isEqualTo(new Ratio(8, 40));
        assertThat(result.province()).isEqualTo(new Ratio(78, 250));
    }

    @Test
    void historyMapsIntoTodaysCommunesWithTheSplitByItsWeights() {
        RollupResult result = mini.rollUpInto(MARCH_2025, REFORM_DAY, MARCH);

        // Đông Thọ (10 / 40) is split 3:1: numerator 7.5 / 2.5 → 8 / 2 (tie to the first), denominator 30 / 10.
        assertThat(result.communes().get("14758")).isEqualTo(new Ratio(30 + 8, 100 + 30));
        assertThat(result.communes().get("14797")).isEqualTo(new Ratio(25 + 2, 50 + 10));
        assertThat(result.communes().get("15349")).isEqualTo(new Ratio(5, 20));
        assertThat(result.communes().get("15763")).isEqualTo(new Ratio(7 + 1, 10 + 30));
        // No districts after the reform: the province is every commune's parent.
        assertThat(result.parents()).containsOnlyKeys("38");
        assertThat(result.parents().get("38")).isEqualTo(new Ratio(78, 250));
        assertThat(result.province()).isEqualTo(new Ratio(78, 250));
    }

    @Test
    void provinceTotalsAreIdenticalBeforeAndAfterMappingTheWholeProvince() {
        // Numerator: working-age people, denominator: population, of every pre-reform commune in 2024,
        // summed here independently of the roll-up.
        List<ReferenceStatistics> rows = REAL.statistics().year(2024);
        List<Observation> observations = rows.stream()
                .map(s -> new Observation(s.unitCode(), s.value(StatisticField.WORKING_AGE), s.value(StatisticField.POPULATION)))
                .toList();
        long numerators = rows.stream().mapToLong(ReferenceStatistics::workingAge).sum();
        long denominators = rows.stream().mapToLong(ReferenceStatistics::population).sum();
        RatioRollup rollup = REAL.rollup();

        RollupResult before = rollup.rollUp(LAST_OLD_DAY, observations);
        RollupResult after = rollup.rollUpInto(LAST_OLD_DAY, REFORM_DAY, observations);

        assertThat(before.province()).isEqualTo(new Ratio(numerators, denominators));
        assertThat(after.province()).isEqualTo(before.province());
        assertThat(after.communes()).hasSize(166);
        assertThat(after.communes().values().stream().reduce(Ratio.ZERO, Ratio::plus)).isEqualTo(before.province());
        assertThat(before.parents()).hasSize(26);
        assertThat(before.parents().values().stream().reduce(Ratio.ZERO, Ratio::plus)).isEqualTo(before.province());
    }

    @Test
    void aSplitCommuneAloneKeepsItsTotalsAcrossTheReform() {
        // Phường An Hưng (16435) was split between Hạc Thành (14797) and Đông Quang (16417).
        List<Observation> anHung = List.of(new Observation("16435", 333, 1001));

        RollupResult after = REAL.rollup().rollUpInto(LAST_OLD_DAY, REFORM_DAY, anHung);

        assertThat(after.communes()).containsOnlyKeys("14797", "16417");
        assertThat(after.province()).isEqualTo(new Ratio(333, 1001));
    }

    @Test
    void aRealDistrictEqualsTheSumOfItsCommunes() {
        AdministrativeUnit vinhLoc = REAL.units().require("393", LAST_OLD_DAY);
        List<AdministrativeUnit> communes = REAL.units().childrenOn(vinhLoc, LAST_OLD_DAY);
        List<Observation> observations = communes.stream()
                .map(c -> new Observation(c.code(), Integer.parseInt(c.code()) % 97, 100 + Integer.parseInt(c.code()) % 13))
                .toList();

        RollupResult result = REAL.rollup().rollUp(LAST_OLD_DAY, observations);

        assertThat(communes).hasSize(13).allMatch(c -> c.level() == UnitLevel.COMMUNE);
        assertThat(result.parents().get("393")).isEqualTo(new Ratio(
                observations.stream().mapToLong(Observation::numerator).sum(),
                observations.stream().mapToLong(Observation::denominator).sum()));
    }

    @Test
    void observationsMustBeOnCommunesValidThatDay() {
        assertThatThrownBy(() -> mini.rollUp(REFORM_DAY, List.of(new Observation("15742", 1, 2))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("15742");
        assertThatThrownBy(() -> mini.rollUp(MARCH_2025, List.of(new Observation("380", 1, 2))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a commune");
        assertThatThrownBy(() -> mini.rollUpInto(REFORM_DAY, MARCH_2025, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only runs forward");
    }
}
