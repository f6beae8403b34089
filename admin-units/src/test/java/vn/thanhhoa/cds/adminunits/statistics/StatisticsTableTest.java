package vn.thanhhoa.cds.adminunits.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thanhhoa.cds.adminunits.TestData.LAST_OLD_DAY;
import static vn.thanhhoa.cds.adminunits.TestData.REAL;
import static vn.thanhhoa.cds.adminunits.TestData.REFORM_DAY;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class StatisticsTableTest {

    private final StatisticsTable statistics = REAL.statistics();

    @Test
    void yenHungHas3200WorkingAgePeopleIn2024AsSeed002Says() {
        ReferenceStatistics yenHung = statistics.of(2024, "15433").orElseThrow();
        assertThat(yenHung.workingAge()).isEqualTo(3200);
        assertThat(yenHung.source()).isEqualTo("seed-002+generated");
        // 2240 of 3200 trained = 70% (seed 002).
        assertThat(2240 * 100 / yenHung.workingAge()).isEqualTo(70);
    }

    @Test
    void everyCommuneHasFiguresForEveryYear() {
        assertThat(statistics.years()).containsExactly(2023, 2024, 2025, 2026);
        assertThat(statistics.year(2023)).hasSize(547);
        assertThat(statistics.year(2024)).hasSize(547);
        assertThat(statistics.year(2025)).hasSize(166);
        assertThat(statistics.year(2026)).hasSize(166);
    }

    @Test
    void everyOtherRowIsMarkedGenerated() {
        assertThat(statistics.years().stream().flatMap(y -> statistics.year(y).stream()).filter(s -> !s.fullyGenerated()))
                .extracting(s -> s.year() + "/" + s.unitCode())
                .containsExactly("2024/15433");
    }

    @Test
    void theProvinceHasAbout3Point7MillionPeople() {
        for (int year : statistics.years()) {
            assertThat(statistics.total(year, StatisticField.POPULATION)).as("%d", year).isBetween(3_600_000L, 3_800_000L);
        }
    }

    @Test
    void aDayUsesItsYearsFiguresIfThatYearIsKeyedByTheDaysUnits() {
        var oldYenHung = REAL.units().require("15433", LAST_OLD_DAY);
        var yenNinh = REAL.units().require("15442", REFORM_DAY);

        assertThat(statistics.forDay(oldYenHung, LocalDate.of(2024, 3, 1))).map(ReferenceStatistics::year).contains(2024);
        // 2025 figures belong to the new units, so an old commune in early 2025 gets its 2024 figures.
        assertThat(statistics.forDay(oldYenHung, LocalDate.of(2025, 3, 1))).map(ReferenceStatistics::year).contains(2024);
        assertThat(statistics.forDay(yenNinh, LocalDate.of(2025, 8, 1))).map(ReferenceStatistics::year).contains(2025);
        assertThat(statistics.forDay(yenNinh, LocalDate.of(2026, 2, 1))).map(ReferenceStatistics::year).contains(2026);
    }

    @Test
    void measureNamesAreStable() {
        assertThat(StatisticField.fromMeasure("population.adult")).contains(StatisticField.ADULTS_18_PLUS);
        assertThat(StatisticField.fromColumn("working_age").map(StatisticField::measure)).contains("population.working_age");
        // The indicator catalog's names (measures.yaml, source reference): the catalog's validation checks them against these.
        assertThat(StatisticField.fromMeasure("population.age14plus")).contains(StatisticField.CITIZENS_14_PLUS);
        assertThat(StatisticField.fromMeasure("officials.total")).contains(StatisticField.OFFICIALS);
        assertThat(StatisticField.fromMeasure("business.units")).contains(StatisticField.BUSINESS_UNITS);
        assertThat(StatisticField.fromMeasure("school.primary_lower_secondary")).contains(StatisticField.PRIMARY_LOWER_SECONDARY_SCHOOLS);
    }
}
