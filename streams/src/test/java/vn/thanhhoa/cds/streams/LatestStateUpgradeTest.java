package vn.thanhhoa.cds.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thanhhoa.cds.schemas.raw.ReceivingChannel.DIRECT;
import static vn.thanhhoa.cds.schemas.raw.ReceivingChannel.ONLINE;
import static vn.thanhhoa.cds.streams.EngineDriver.dossier;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.schemas.indicator.IndicatorValue;
import vn.thanhhoa.cds.schemas.indicator.ValueWindow;
import vn.thanhhoa.cds.schemas.raw.DossierStatusChanged;
import vn.thanhhoa.cds.streams.serde.AvroBinarySerde;
import vn.thanhhoa.cds.streams.serde.EntityStateLayout;

/**
 * An engine upgraded over the state an older one left: the older engine kept each dossier's latest
 * state as its whole Avro record; this one keeps only the fields its measures read. The old
 * states must still be read, so that a repeat is not counted again and a correction moves the
 * dossier from where the older engine had counted it.
 */
class LatestStateUpgradeTest {

    private static final String YEN_NINH = "15442";
    private static final String STORE = "latest-DossierStatusChanged";

    @TempDir
    Path state;

    /** Four dossiers received by Yên Ninh in August 2025, D1 and D3 online: 2 of 4 = 50 %. */
    private static final List<DossierStatusChanged> RECEIVED = List.of(
            dossier("D1", YEN_NINH, 2, ONLINE, "2025-08-04T09:00", "2025-08-04T09:05"),
            dossier("D2", YEN_NINH, 2, DIRECT, "2025-08-05T09:00", "2025-08-05T09:05"),
            dossier("D3", YEN_NINH, 2, ONLINE, "2025-08-06T09:00", "2025-08-06T09:05"),
            dossier("D4", YEN_NINH, 2, DIRECT, "2025-08-07T09:00", "2025-08-07T09:05"));

    @Test
    void statesAnOlderEngineLeftAsWholeRecordsAreStillRead() {
        try (EngineDriver engine = new EngineDriver(LocalDateTime.parse("2026-11-25T10:00"), state)) {
            engine.dossiers(RECEIVED);
            assertThat(itemOneSix(engine).getNumerator()).isEqualTo(2.0);
            assertThat(itemOneSix(engine).getDenominator()).isEqualTo(4.0);

            KeyValueStore<String, byte[]> states = engine.store(STORE);
            List<KeyValue<String, byte[]>> kept = new ArrayList<>();
            try (KeyValueIterator<String, byte[]> all = states.all()) {
                all.forEachRemaining(kept::add);
            }
            List<KeyValue<String, byte[]>> dossiers = kept.stream().filter(entry -> !entry.key.startsWith("L|")).toList();
            assertThat(dossiers).hasSize(4).allSatisfy(entry -> assertThat(EntityStateLayout.isCompact(entry.value)).as(entry.key).isTrue());
            assertThat(kept).as("the field list, once").hasSize(5);
            // What an older engine wrote under the same keys: the whole record, plain Avro.
            AvroBinarySerde<DossierStatusChanged> avro = new AvroBinarySerde<>(DossierStatusChanged.class);
            Map<String, DossierStatusChanged> byCode = new java.util.HashMap<>();
            RECEIVED.forEach(d -> byCode.put(d.getDossierCode(), d));
            for (KeyValue<String, byte[]> entry : dossiers) {
                String code = entry.key.substring(entry.key.lastIndexOf('|') + 1);
                byte[] whole = avro.serializer().serialize(STORE, byCode.get(code));
                assertThat(EntityStateLayout.isCompact(whole)).as("an Avro record is told apart from a compact state").isFalse();
                states.put(entry.key, whole);
            }

            engine.dossier(RECEIVED.getFirst()); // D1 again: already counted
            engine.dossier(dossier("D3", YEN_NINH, 2, DIRECT, "2025-08-06T09:00", "2025-08-06T08:00")); // an older state of D3: ignored
            engine.dossier(dossier("D2", YEN_NINH, 10, ONLINE, "2025-08-05T09:00", "2025-08-09T10:00")); // D2 corrected to online and returned
            IndicatorValue after = itemOneSix(engine);
            assertThat(after.getNumerator()).as("D1, D2 and D3 online").isEqualTo(3.0);
            assertThat(after.getDenominator()).as("each dossier once").isEqualTo(4.0);
            assertThat(after.getValue()).isEqualTo(75.0);
            assertThat(EntityStateLayout.isCompact(states.get("F|dossier_code|D2"))).as("a new state is written compact").isTrue();
        }
    }

    private static IndicatorValue itemOneSix(EngineDriver engine) {
        return engine.value(YEN_NINH, "2023-2025", "1.6", 2025, ValueWindow.YEAR_TO_DATE);
    }
}
