package vn.thanhhoa.cds.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thanhhoa.cds.schemas.raw.ReceivingChannel.DIRECT;
import static vn.thanhhoa.cds.schemas.raw.ReceivingChannel.ONLINE;
import static vn.thanhhoa.cds.streams.EngineDriver.dossier;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.schemas.indicator.IndicatorValue;
import vn.thanhhoa.cds.schemas.indicator.ValueWindow;

/**
 * A backfill of past months arriving by the thousand: the month-end evaluation waits while they
 * keep coming (each evaluation would be replaced seconds later) and gives each month once when
 * they stop. 2026 item 9 (online over received dossiers), the engine on 10 November 2026.
 */
class MonthEndBackfillTest {

    private static final String YEN_NINH = "15442";

    @TempDir
    Path state;

    /**
     * 6,000 dossiers received by Yên Ninh in March 2026, every fourth at the desk: 4,500 online of
     * 6,000 = 75 %; 10,500 observations of a past month (received, and online for the online ones),
     * more than the 10,000 between two month-end evaluations that mark a backfill.
     */
    @Test
    void aBackfillIsEvaluatedOnceItStopsArriving() {
        try (EngineDriver engine = new EngineDriver(LocalDateTime.parse("2026-11-10T10:00"), state)) {
            engine.target("2026", "9", 2026, null, ">=", 70.0);
            for (int i = 0; i < 6_000; i++) {
                String received = String.format("2026-03-%02dT%02d:%02d", 1 + i % 28, 7 + i % 10, i % 60);
                engine.dossier(dossier("B" + i, YEN_NINH, 2, i % 4 == 3 ? DIRECT : ONLINE, received, received));
            }
            assertThat(engine.monthEnds()).as("still arriving at the first month-end evaluation: it waits").isEmpty();

            Map<String, IndicatorValue> monthEnds = new TreeMap<>();
            List<KeyValue<String, IndicatorValue>> given = engine.monthEnds();
            given.forEach(kv -> monthEnds.put(kv.key, kv.value));
            IndicatorValue march = monthEnds.get(YEN_NINH + "|2026|9|2026|" + ValueWindow.YEAR_TO_DATE + "|2026-03");
            assertThat(march).as("have %s", monthEnds.keySet()).isNotNull();
            assertThat(march.getNumerator()).isEqualTo(4_500.0);
            assertThat(march.getDenominator()).isEqualTo(6_000.0);
            assertThat(march.getValue()).isEqualTo(75.0);
            IndicatorValue october = monthEnds.get(YEN_NINH + "|2026|9|2026|" + ValueWindow.YEAR_TO_DATE + "|2026-10");
            assertThat(october.getValue()).as("nothing after March: 4,500 of 6,000 still").isEqualTo(75.0);
            long yenNinhMarch = given.stream().filter(kv -> kv.key.startsWith(YEN_NINH + "|2026|9|2026|" + ValueWindow.YEAR_TO_DATE + "|2026-03")).count();
            assertThat(yenNinhMarch).as("March's year to date given once").isEqualTo(1);
            assertThat(engine.monthEnds()).as("nothing new, nothing evaluated").isEmpty();
        }
    }
}
