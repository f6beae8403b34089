package vn.thanhhoa.cds.adminunits.conversion;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thanhhoa.cds.adminunits.TestData.REAL;

import java.util.Map;

import org.junit.jupiter.api.Test;

class UnitConversionTest {

    private final UnitConversion conversion = REAL.conversion();

    @Test
    void theOfficialTableHas558EdgesInto166NewUnits() {
        assertThat(conversion.edges()).hasSize(558);
        assertThat(conversion.edges().stream().map(ConversionEdge::newCode).distinct()).hasSize(166);
        assertThat(conversion.edges().stream().map(ConversionEdge::oldCode).distinct()).hasSize(547);
    }

    @Test
    void phuongDongThoIsSplitBetweenHamRongAndHacThanhInEqualShares() {
        assertThat(conversion.successorsOf("14758"))
                .containsExactly(new Successor("14758", 1, ChangeKind.MERGED_PART), new Successor("14797", 1, ChangeKind.MERGED_PART));
        assertThat(conversion.apportion("14758", 101)).isEqualTo(Map.of("14758", 51L, "14797", 50L));
    }

    /** Thị trấn Thiệu Hóa went to three new communes (one edge reads "Nhập một phần diện tích"). */
    @Test
    void aThreeWaySplitConservesTheWhole() {
        assertThat(conversion.successorsOf("15772")).extracting(Successor::newCode).containsExactly("15772", "15796", "15835");
        assertThat(conversion.apportion("15772", 1000).values().stream().mapToLong(Long::longValue).sum()).isEqualTo(1000);
    }

    @Test
    void tenOldCommunesAreSplit() {
        assertThat(conversion.edges().stream().map(ConversionEdge::oldCode).distinct()
                .filter(code -> conversion.successorsOf(code).size() > 1))
                .containsExactlyInAnyOrder("14758", "16435", "15016", "15271", "15328", "15793", "15637", "15772", "16264", "16273");
    }
}
