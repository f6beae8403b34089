package vn.thanhhoa.cds.connectors.folder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FileOffsetTest {

    private final ObjectMapper json = new ObjectMapper();

    /**
     * Connect keys stored offsets by the JSON of the partition, so it must be the same text in every
     * JVM run (a demo restarted with Map.of-ordered keys read all its files again).
     */
    @Test
    void partitionAndOffsetAreWrittenInOneFixedKeyOrder() throws Exception {
        FileOffset offset = new FileOffset("tthc", "dossiers-2025-08.jsonl", 41);

        assertThat(json.writeValueAsString(offset.partition())).isEqualTo("{\"file\":\"dossiers-2025-08.jsonl\",\"source\":\"tthc\"}");
        assertThat(json.writeValueAsString(offset.offset())).isEqualTo("{\"line\":41,\"protocol\":1}");
    }

    @Test
    void aStoredOffsetIsReadBackAndNoneMeansTheStart() {
        assertThat(FileOffset.from("tthc", "f", Map.of("line", 41L, "protocol", 1L)).line()).isEqualTo(41);
        assertThat(FileOffset.from("tthc", "f", null).line()).isZero();
        assertThatThrownBy(() -> FileOffset.from("tthc", "f", Map.of("line", 1L, "protocol", 2L)))
                .hasMessageContaining("newer connector (protocol 2)");
    }
}
