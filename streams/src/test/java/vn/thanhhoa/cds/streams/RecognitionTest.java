package vn.thanhhoa.cds.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thanhhoa.cds.streams.EngineDriver.declared;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.schemas.recognition.CommuneRecognition;

/**
 * Recognition (seed 000, "Điều kiện để công nhận"): every indicator assigned for the year met and at
 * least 70 % of the commune DX index points. Yên Hùng 2024 with three assigned indicators: 3.1
 * (2,240 of 3,200 working-age people trained, seed 002: 70 %, against ">= 70"), 1.1 (yes/no,
 * "exists") and 1.2 (only encouraged: never blocks). The index is 2,240 of 3,200 points: exactly
 * 70 %, which reaches it; 2,239 does not.
 */
class RecognitionTest {

    private static final String YEN_HUNG = "15433";

    @TempDir
    Path state;

    private static void assigned(EngineDriver engine) {
        engine.statistic(YEN_HUNG, 2024, "population.working_age", 3200);
        engine.target("2023-2025", "3.1", 2024, null, ">=", 70.0);
        engine.target("2023-2025", "1.1", 2024, null, "exists", null);
        engine.target("2023-2025", "1.2", 2024, null, "encouraged", null);
    }

    @Test
    void aCommuneIsRecognisedOnlyOnceEveryAssignedIndicatorIsMetAndLiveOnTheTargets() {
        try (EngineDriver engine = new EngineDriver(LocalDateTime.parse("2026-11-25T10:00"), state)) {
            assigned(engine);
            engine.statistic(YEN_HUNG, 2024, "dx_index.points", 2240);
            engine.statistic(YEN_HUNG, 2024, "dx_index.points_max", 3200);

            engine.declaration(declared(YEN_HUNG, "2023-2025", "3.1", 2024, 2240.0, null, "2024-12-20T09:00"));
            CommuneRecognition first = last(engine.recognitions());
            // 3.1 met (70 >= 70), 1.2 encouraged, 1.1 never declared: blocks.
            assertThat(first.getIndicatorsAssigned()).isEqualTo(3);
            assertThat(first.getIndicatorsMet()).isEqualTo(2);
            assertThat(first.getBlockingIndicators()).containsExactly("1.1");
            assertThat(first.getIndexPoints()).isEqualTo(2240.0);
            assertThat(first.getIndexPointsMax()).isEqualTo(3200.0);
            assertThat(first.getRecognised()).isFalse();
            assertThat(first.getAsOf()).as("a past year is as of its last day").isEqualTo(LocalDate.of(2024, 12, 31));

            engine.declaration(declared(YEN_HUNG, "2023-2025", "1.1", 2024, null, true, "2024-12-21T09:00"));
            List<KeyValue<String, CommuneRecognition>> given = engine.recognitions();
            assertThat(given).hasSize(1);
            assertThat(given.getFirst().key).isEqualTo("15433|2023-2025|2024");
            CommuneRecognition recognised = given.getFirst().value;
            assertThat(recognised.getIndicatorsMet()).isEqualTo(3);
            assertThat(recognised.getBlockingIndicators()).isEmpty();
            assertThat(recognised.getRecognised()).as("all met and 2,240 / 3,200 = 70 % of the index").isTrue();

            // The province republishes 3.1 as "trên 70%": the next value is below, and it blocks.
            engine.target("2023-2025", "3.1", 2024, null, ">", 70.0);
            engine.declaration(declared(YEN_HUNG, "2023-2025", "3.1", 2024, 2240.0, null, "2024-12-28T09:00"));
            CommuneRecognition after = last(engine.recognitions());
            assertThat(after.getBlockingIndicators()).containsExactly("3.1");
            assertThat(after.getIndicatorsMet()).isEqualTo(2);
            assertThat(after.getRecognised()).isFalse();
        }
    }

    @Test
    void everyIndicatorMetIsNotEnoughBelowSeventyPercentOfTheIndexNorWithoutAnIndex() {
        try (EngineDriver engine = new EngineDriver(LocalDateTime.parse("2026-11-25T10:00"), state)) {
            assigned(engine);
            engine.declaration(declared(YEN_HUNG, "2023-2025", "1.1", 2024, null, true, "2024-12-01T09:00"));
            engine.declaration(declared(YEN_HUNG, "2023-2025", "3.1", 2024, 2240.0, null, "2024-12-01T09:00"));
            CommuneRecognition noIndex = last(engine.recognitions());
            assertThat(noIndex.getBlockingIndicators()).isEmpty();
            assertThat(noIndex.getIndexPointsMax()).isZero();
            assertThat(noIndex.getRecognised()).as("the index not assessed yet").isFalse();

            engine.statistic(YEN_HUNG, 2024, "dx_index.points", 2239);
            engine.statistic(YEN_HUNG, 2024, "dx_index.points_max", 3200);
            engine.declaration(declared(YEN_HUNG, "2023-2025", "1.1", 2024, null, true, "2024-12-02T09:00"));
            CommuneRecognition below = last(engine.recognitions());
            assertThat(below.getIndexPoints()).isEqualTo(2239.0);
            assertThat(below.getRecognised()).as("2,239 / 3,200 = 69.97 %").isFalse();
        }
    }

    private static CommuneRecognition last(List<KeyValue<String, CommuneRecognition>> given) {
        assertThat(given).isNotEmpty();
        return given.getLast().value;
    }
}
