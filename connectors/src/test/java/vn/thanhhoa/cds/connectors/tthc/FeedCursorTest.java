package vn.thanhhoa.cds.connectors.tthc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FeedCursorTest {

    @Test
    void theCursorIsStoredWithItsProtocolAndReadBack() {
        assertThat(FeedCursor.offset(1234)).containsExactly(Map.entry("cursor", 1234L), Map.entry("protocol", 1L));
        assertThat(FeedCursor.from(Map.of("cursor", 1234L, "protocol", 1L))).isEqualTo(1234);
        assertThat(FeedCursor.from(null)).as("nothing stored: the feed's start").isZero();
    }

    @Test
    void aCursorOfANewerProtocolIsRefused() {
        assertThatThrownBy(() -> FeedCursor.from(Map.of("cursor", 1234L, "protocol", 2L))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("newer connector (protocol 2");
    }
}
