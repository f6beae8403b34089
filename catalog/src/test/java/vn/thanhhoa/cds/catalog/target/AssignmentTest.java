package vn.thanhhoa.cds.catalog.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.thanhhoa.cds.catalog.Catalog;
import vn.thanhhoa.cds.catalog.TestCatalog;
import vn.thanhhoa.cds.catalog.indicator.IndicatorSet;

class AssignmentTest {

    private final Catalog catalog = TestCatalog.catalog();
    private final IndicatorSet set2023 = catalog.set("2023-2025").orElseThrow();

    @Test
    void aCodeMeansTheUnitValidOnTheDate() {
        // 15889 was Hoằng Kim until 30 June 2025 and is Hoằng Phú after.
        assertThat(catalog.assignment("2023-2025", "15889", LocalDate.of(2023, 11, 13))).isPresent();
        assertThat(catalog.assignment("2023-2025", "15889", LocalDate.of(2025, 7, 1))).isEmpty();
        // 15349 was Thị trấn Vĩnh Lộc before 1 July 2025; the 2026 set is assigned to Xã Vĩnh Lộc.
        assertThat(catalog.assignment("2026", "15349", LocalDate.of(2026, 2, 1))).isPresent();
        assertThat(catalog.assignment("2026", "15349", LocalDate.of(2025, 6, 30))).isEmpty();
        assertThat(catalog.assignment("2023-2025", "15742", LocalDate.of(2024, 5, 1))).isPresent();
    }

    @Test
    void hoangKimsOwnTargetsFor2023() {
        Assignment hoangKim = catalog.assignment("2023-2025", "15889", LocalDate.of(2023, 11, 13)).orElseThrow();
        assertThat(hoangKim.commune().namePrinted()).contains("Hoàng Kim");
        assertThat(hoangKim.commune().name()).isEqualTo("Xã Hoằng Kim");
        List<EffectiveTarget> rows = TargetTable.forYear(set2023, 2023, Optional.of(hoangKim));
        assertThat(expression(rows, "2.5")).isEqualTo(">= 50");
        assertThat(expression(rows, "2.6")).isEqualTo(">= 55");
        assertThat(expression(rows, "3.2")).isEqualTo(">= 75");
        assertThat(expression(rows, "3.3")).isEqualTo(">= 55");
        assertThat(expression(rows, "1.6")).isEqualTo(">= 70");
        assertThat(expression(rows, "1.11")).isEqualTo("exists");
        assertThat(rows).filteredOn(EffectiveTarget::communeSpecific).extracting(r -> r.indicator().code())
                .containsExactly("2.5", "2.6", "3.2", "3.3");
        assertThat(hoangKim.officers()).containsEntry("3.5", "Đ/c Dũng-TYT").hasSize(36);
    }

    @Test
    void yenHungsPlanFor2025KeepsStrictAndAtLeastApart() {
        Assignment yenHung = catalog.assignment("2023-2025", "15433", LocalDate.of(2025, 1, 15)).orElseThrow();
        List<EffectiveTarget> rows = TargetTable.forYear(set2023, 2025, Optional.of(yenHung));
        assertThat(expression(rows, "1.6")).isEqualTo("> 80");
        assertThat(expression(rows, "2.4")).isEqualTo("> 80");
        assertThat(expression(rows, "2.5")).isEqualTo("> 80");
        assertThat(expression(rows, "3.1")).isEqualTo("> 80");
        assertThat(expression(rows, "3.2")).isEqualTo("> 75");
        assertThat(expression(rows, "3.3")).isEqualTo("> 75");
        assertThat(expression(rows, "3.4")).isEqualTo("> 80");
        assertThat(expression(rows, "3.5")).isEqualTo(">= 100");
        assertThat(expression(rows, "3.6")).isEqualTo("> 30");
        assertThat(expression(rows, "3.9")).isEqualTo(">= 100");
        assertThat(expression(rows, "3.10")).isEqualTo(">= 50");
        assertThat(expression(rows, "3.11")).isEqualTo(">= 50");
        assertThat(expression(rows, "3.12")).isEqualTo(">= 90");
        assertThat(expression(rows, "2.6")).isEqualTo(">= 80");
        assertThat(expression(rows, "YH.1")).isEqualTo(">= 95");
        assertThat(rows).hasSize(38);
    }

    private static String expression(List<EffectiveTarget> rows, String code) {
        return rows.stream().filter(r -> r.indicator().code().equals(code)).findFirst().orElseThrow().target().expression();
    }
}
