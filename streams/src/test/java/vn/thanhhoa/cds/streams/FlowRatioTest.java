package vn.thanhhoa.cds.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thanhhoa.cds.schemas.raw.ReceivingChannel.DIRECT;
import static vn.thanhhoa.cds.schemas.raw.ReceivingChannel.ONLINE;
import static vn.thanhhoa.cds.streams.EngineDriver.dossier;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.schemas.indicator.IndicatorValue;
import vn.thanhhoa.cds.schemas.indicator.ValueStatus;
import vn.thanhhoa.cds.schemas.indicator.ValueWindow;
import vn.thanhhoa.cds.schemas.raw.DossierStatusChanged;

/**
 * 2023-2025 item 1.6, online dossiers over received dossiers, year-to-date against 2025's ">= 80":
 * a ratio of two flows counted once per dossier in its latest state.
 */
class FlowRatioTest {

    private static final String YEN_NINH = "15442";
    private static final LocalDateTime TODAY = LocalDateTime.parse("2026-11-25T10:00");

    @TempDir
    Path state;

    /**
     * Eleven dossiers of Yên Ninh in the second half of 2025, each in its final state. Dossiers 1–9
     * were received and returned (status 10), of them 1, 2, 3, 5, 8 and 9 online; dossier 10 is still
     * "mới đăng ký" (status 1) and 11 was refused at reception (status 3), so neither was received.
     * By hand: 6 online of 9 received = 66.67 %, below 2025's 80 %.
     */
    private static List<DossierStatusChanged> finalStates() {
        List<DossierStatusChanged> dossiers = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            boolean online = List.of(1, 2, 3, 5, 8, 9).contains(i);
            String received = "2025-" + String.format("%02d", 7 + i % 6) + "-1" + i % 9 + "T09:00";
            dossiers.add(dossier("D" + i, YEN_NINH, 10, online ? ONLINE : DIRECT, received, received.replace("T09", "T15")));
        }
        dossiers.add(dossier("D10", YEN_NINH, 1, ONLINE, null, "2025-12-01T08:00"));
        dossiers.add(dossier("D11", YEN_NINH, 3, ONLINE, "2025-11-03T08:00", "2025-11-03T09:00"));
        return dossiers;
    }

    @Test
    void onlineOverReceivedIsCountedOncePerDossierAndJudgedYearToDate() {
        try (EngineDriver engine = new EngineDriver(TODAY, state)) {
            engine.target("2023-2025", "1.6", 2025, null, ">=", 80.0);
            engine.dossiers(finalStates());

            IndicatorValue ytd = engine.value(YEN_NINH, "2023-2025", "1.6", 2025, ValueWindow.YEAR_TO_DATE);
            assertThat(ytd.getNumerator()).isEqualTo(6.0);
            assertThat(ytd.getDenominator()).isEqualTo(9.0);
            assertThat(ytd.getValue()).isCloseTo(66.6667, org.assertj.core.data.Offset.offset(1e-3));
            assertThat(ytd.getJudged()).isTrue();
            assertThat(ytd.getStatus()).isEqualTo(ValueStatus.BELOW);
            assertThat(ytd.getWindowEnd()).as("a past year is judged as of its last day").isEqualTo(java.time.LocalDate.of(2025, 12, 31));
            IndicatorValue december = engine.value(YEN_NINH, "2023-2025", "1.6", 2025, ValueWindow.MONTH_TO_DATE);
            assertThat(december.getStatus()).as("a month of a yearly indicator is trend, never below").isIn(ValueStatus.TREND, ValueStatus.NO_DATA);
        }
    }

    @Test
    void duplicatesCorrectionsOutOfOrderAndLateStatesGiveTheSameFinalValues() {
        Map<String, IndicatorValue> clean;
        try (EngineDriver engine = new EngineDriver(TODAY, state.resolve("clean"))) {
            engine.target("2023-2025", "1.6", 2025, null, ">=", 80.0);
            engine.dossiers(finalStates());
            clean = comparable(engine.values());
        }
        List<DossierStatusChanged> messy = new ArrayList<>();
        for (DossierStatusChanged last : finalStates()) {
            // Earlier states: received (2) then processing (4), a day and an hour before the final one;
            // D4 was first entered as online and corrected to direct, D5 the other way round.
            if (last.getReceivedAt() != null) {
                DossierStatusChanged received = DossierStatusChanged.newBuilder(last).setStatus(2)
                        .setChangedAt(last.getChangedAt().minusSeconds(86_400)).build();
                if (last.getDossierCode().equals("D4")) {
                    received.setChannel(ONLINE);
                }
                if (last.getDossierCode().equals("D5")) {
                    received.setChannel(DIRECT);
                }
                messy.add(received);
                messy.add(DossierStatusChanged.newBuilder(last).setStatus(4).setChangedAt(last.getChangedAt().minusSeconds(3_600)).build());
            }
            messy.add(last);
            messy.add(last); // delivered twice (at-least-once)
        }
        Collections.shuffle(messy, new Random(7)); // out of order: a final state may come before its earlier ones
        messy.add(messy.get(3)); // and one state arrives again days later
        Map<String, IndicatorValue> replayed;
        try (EngineDriver engine = new EngineDriver(TODAY, state.resolve("messy"))) {
            engine.target("2023-2025", "1.6", 2025, null, ">=", 80.0);
            engine.dossiers(messy);
            replayed = comparable(engine.values());
        }
        assertThat(replayed).isEqualTo(clean);
        assertThat(clean).isNotEmpty();
    }

    /** Every field of every value, the newest event behind it included. */
    private static Map<String, IndicatorValue> comparable(Map<String, IndicatorValue> values) {
        return new TreeMap<>(values);
    }
}
