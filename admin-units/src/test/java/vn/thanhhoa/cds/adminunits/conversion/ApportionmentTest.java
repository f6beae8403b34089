package vn.thanhhoa.cds.adminunits.conversion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class ApportionmentTest {

    @Test
    void handComputedShares() {
        // 10 in thirds: 3.33 each, one left over goes to the first (ties to the earlier part).
        assertThat(Apportionment.apportion(10, List.of(1L, 1L, 1L))).containsExactly(4L, 3L, 3L);
        // 5 as 2:1 → 3.33 and 1.67: floors 3 and 1, the left-over unit to the larger remainder (0.67).
        assertThat(Apportionment.apportion(5, List.of(2L, 1L))).containsExactly(3L, 2L);
        // 40 as 3:1 → exactly 30 and 10.
        assertThat(Apportionment.apportion(40, List.of(3L, 1L))).containsExactly(30L, 10L);
        assertThat(Apportionment.apportion(0, List.of(1L, 1L))).containsExactly(0L, 0L);
        // A negative correction still splits into parts that add up: -2.5, -2.5 → -2, -3.
        assertThat(Apportionment.apportion(-5, List.of(1L, 1L))).containsExactly(-2L, -3L);
    }

    @Test
    void partsAlwaysAddUpToTheWhole() {
        List<List<Long>> weightSets = List.of(List.of(1L, 1L), List.of(1L, 1L, 1L), List.of(3L, 1L), List.of(7L, 2L, 5L));
        for (List<Long> weights : weightSets) {
            LongStream.rangeClosed(-50, 2_000).forEach(whole ->
                    assertThat(Apportionment.apportion(whole, weights).stream().mapToLong(Long::longValue).sum())
                            .as("%d over %s", whole, weights).isEqualTo(whole));
        }
    }

    @Test
    void weightsMustBePositive() {
        assertThatThrownBy(() -> Apportionment.apportion(1, List.of(1L, 0L))).isInstanceOf(IllegalArgumentException.class);
    }
}
