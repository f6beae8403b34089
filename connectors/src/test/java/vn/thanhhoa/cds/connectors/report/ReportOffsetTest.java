package vn.thanhhoa.cds.connectors.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportOffsetTest {

    @Test
    void aStoredOffsetCoversWhatWasHandedOnAndNothingAfter() {
        ReportOffset stored = ReportOffset.from("power", "a.csv", Map.of("row", 7L, "cell", 3L, "protocol", 1L));

        assertThat(stored.covers(6, 1000)).as("an earlier row, findings included").isTrue();
        assertThat(stored.covers(7, 3)).isTrue();
        assertThat(stored.covers(7, 4)).as("the next column of the same row").isFalse();
        assertThat(stored.covers(7, ReportPlausibility.FINDING_CELL_BASE)).as("the row's findings come after its values").isFalse();
        assertThat(stored.covers(8, 0)).isFalse();
        assertThat(ReportOffset.from("power", "a.csv", null).covers(0, 0)).as("nothing stored").isFalse();
    }

    @Test
    void anOffsetOfANewerProtocolIsRefusedRatherThanGuessed() {
        assertThatThrownBy(() -> ReportOffset.from("power", "a.csv", Map.of("row", 7L, "cell", 3L, "protocol", 2L)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("a.csv").hasMessageContaining("newer connector (protocol 2");
    }

    @Test
    void theOffsetIsWrittenWithItsProtocol() {
        assertThat(new ReportOffset("power", "a.csv", 7, 3).offset()).containsEntry("protocol", 1L).containsEntry("row", 7L).containsEntry("cell", 3L);
    }
}
