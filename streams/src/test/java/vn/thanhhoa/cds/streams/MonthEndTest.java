package vn.thanhhoa.cds.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.thanhhoa.cds.schemas.raw.ReceivingChannel.DIRECT;
import static vn.thanhhoa.cds.schemas.raw.ReceivingChannel.ONLINE;
import static vn.thanhhoa.cds.streams.EngineDriver.dossier;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.schemas.indicator.IndicatorValue;
import vn.thanhhoa.cds.schemas.indicator.UnitLevel;
import vn.thanhhoa.cds.schemas.indicator.ValueStatus;
import vn.thanhhoa.cds.schemas.indicator.ValueWindow;

/**
 * Month-end values of months the engine never lived through: 2026 item 9 (online over received
 * dossiers), the engine started on 10 November 2026 and fed dossiers of March and October, as a
 * backfill would. Every figure below is counted by hand from the dossiers the test sends.
 */
class MonthEndTest {

    private static final String YEN_NINH = "15442";
    private static final String HAM_RONG = "14758";
    private static final String PROVINCE = "38";
    private static final LocalDateTime TODAY = LocalDateTime.parse("2026-11-10T10:00");

    @TempDir
    Path state;

    /** Yên Ninh: March 4 received, 3 online; October 2 received, 1 online. Hàm Rồng: March 2 received, 1 online. */
    private static void backfill(EngineDriver engine) {
        engine.target("2026", "9", 2026, null, ">=", 70.0);
        engine.dossier(dossier("M1", YEN_NINH, 2, ONLINE, "2026-03-02T09:00", "2026-03-02T09:01"));
        engine.dossier(dossier("M2", YEN_NINH, 2, ONLINE, "2026-03-10T09:00", "2026-03-10T09:01"));
        engine.dossier(dossier("M3", YEN_NINH, 2, ONLINE, "2026-03-20T09:00", "2026-03-20T09:01"));
        engine.dossier(dossier("M4", YEN_NINH, 2, DIRECT, "2026-03-31T23:30", "2026-03-31T23:31")); // still March in Vietnam
        engine.dossier(dossier("O1", YEN_NINH, 2, ONLINE, "2026-10-05T09:00", "2026-10-05T09:01"));
        engine.dossier(dossier("O2", YEN_NINH, 2, DIRECT, "2026-10-25T09:00", "2026-10-25T09:01"));
        engine.dossier(dossier("H1", HAM_RONG, 2, ONLINE, "2026-03-15T09:00", "2026-03-15T09:01"));
        engine.dossier(dossier("H2", HAM_RONG, 2, DIRECT, "2026-03-16T09:00", "2026-03-16T09:01"));
    }

    private static Map<String, IndicatorValue> latest(List<KeyValue<String, IndicatorValue>> records) {
        Map<String, IndicatorValue> latest = new TreeMap<>();
        records.forEach(kv -> latest.put(kv.key, kv.value));
        return latest;
    }

    private static String key(String unit, ValueWindow window, String month) {
        return unit + "|2026|9|2026|" + window + "|" + month;
    }

    @Test
    void pastMonthsGetTheirValueAsOfTheirLastDayOnTheirOwnKeys() {
        try (EngineDriver engine = new EngineDriver(TODAY, state)) {
            backfill(engine);
            Map<String, IndicatorValue> monthEnds = latest(engine.monthEnds());

            IndicatorValue march = monthEnds.get(key(YEN_NINH, ValueWindow.YEAR_TO_DATE, "2026-03"));
            assertThat(march).as("have %s", monthEnds.keySet()).isNotNull();
            assertThat(march.getWindowStart()).isEqualTo(LocalDate.of(2026, 1, 1));
            assertThat(march.getWindowEnd()).isEqualTo(LocalDate.of(2026, 3, 31));
            assertThat(march.getNumerator()).isEqualTo(3.0);
            assertThat(march.getDenominator()).isEqualTo(4.0);
            assertThat(march.getValue()).isEqualTo(75.0);
            assertThat(march.getStatus()).isEqualTo(ValueStatus.MET);
            assertThat(march.getYearEndProjection()).as("the days behind a past pace are not kept").isNull();
            assertThat(march.getUnitLevel()).isEqualTo(UnitLevel.COMMUNE);

            // Nothing happened in April to September: year to date stays 3 of 4 at each month's end.
            for (String month : List.of("2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09")) {
                IndicatorValue ytd = monthEnds.get(key(YEN_NINH, ValueWindow.YEAR_TO_DATE, month));
                assertThat(ytd).as(month).isNotNull();
                assertThat(ytd.getWindowEnd()).isEqualTo(java.time.YearMonth.parse(month).atEndOfMonth());
                assertThat(ytd.getDenominator()).as(month).isEqualTo(4.0);
            }

            IndicatorValue october = monthEnds.get(key(YEN_NINH, ValueWindow.YEAR_TO_DATE, "2026-10"));
            assertThat(october.getWindowEnd()).isEqualTo(LocalDate.of(2026, 10, 31));
            assertThat(october.getNumerator()).as("3 + 1 online").isEqualTo(4.0);
            assertThat(october.getDenominator()).as("4 + 2 received").isEqualTo(6.0);
            assertThat(october.getValue()).isCloseTo(66.6667, within(1e-3));
            assertThat(october.getStatus()).isEqualTo(ValueStatus.BELOW);
            IndicatorValue octoberAlone = monthEnds.get(key(YEN_NINH, ValueWindow.MONTH_TO_DATE, "2026-10"));
            assertThat(octoberAlone.getWindowStart()).isEqualTo(LocalDate.of(2026, 10, 1));
            assertThat(octoberAlone.getNumerator()).isEqualTo(1.0);
            assertThat(octoberAlone.getDenominator()).isEqualTo(2.0);
            assertThat(octoberAlone.getValue()).isEqualTo(50.0);

            assertThat(monthEnds.keySet()).as("the current month is the live value's").noneMatch(k -> k.endsWith("|2026-11"));
            assertThat(monthEnds.keySet()).as("nothing changed January or February").noneMatch(k -> k.endsWith("|2026-01") || k.endsWith("|2026-02"));
            assertThat(monthEnds.keySet()).as("no trailing window as of a month's end").noneMatch(k -> k.contains("TRAILING_30_DAYS"));
            assertThat(monthEnds.values()).allMatch(v -> v.getComputedAt().equals(EngineDriver.at("2026-11-10T10:00")));

            // The province's month-end values: the sums of its communes' (Yên Ninh 3/4 + Hàm Rồng 1/2 in March).
            IndicatorValue provinceMarch = monthEnds.get(key(PROVINCE, ValueWindow.YEAR_TO_DATE, "2026-03"));
            assertThat(provinceMarch).as("have %s", monthEnds.keySet()).isNotNull();
            assertThat(provinceMarch.getUnitLevel()).isEqualTo(UnitLevel.PROVINCE);
            assertThat(provinceMarch.getNumerator()).isEqualTo(4.0);
            assertThat(provinceMarch.getDenominator()).isEqualTo(6.0);
            assertThat(provinceMarch.getWindowEnd()).isEqualTo(LocalDate.of(2026, 3, 31));
            assertThat(provinceMarch.getStatus()).as("4 of 6 = 66.7 %% against >= 70").isEqualTo(ValueStatus.BELOW);
            IndicatorValue provinceOctober = monthEnds.get(key(PROVINCE, ValueWindow.YEAR_TO_DATE, "2026-10"));
            assertThat(provinceOctober.getNumerator()).isEqualTo(5.0);
            assertThat(provinceOctober.getDenominator()).isEqualTo(8.0);

            // The live value (indicator.value) keeps its meaning and its key: as of today, 4 of 6.
            IndicatorValue live = engine.value(YEN_NINH, "2026", "9", 2026, ValueWindow.YEAR_TO_DATE);
            assertThat(live.getWindowEnd()).isEqualTo(LocalDate.of(2026, 11, 10));
            assertThat(live.getNumerator()).isEqualTo(4.0);
            assertThat(live.getDenominator()).isEqualTo(6.0);
            assertThat(engine.values().keySet()).as("no month-end value on indicator.value").noneMatch(k -> k.matches(".*\\|\\d{4}-\\d{2}$"));
            assertThat(engine.values().get(PROVINCE + "|2026|9|2026|YEAR_TO_DATE").getDenominator()).isEqualTo(8.0);
        }
    }

    @Test
    void aLateEventReEvaluatesItsMonthAndTheLaterPastMonthsOfItsYearOnly() {
        try (EngineDriver engine = new EngineDriver(TODAY, state)) {
            backfill(engine);
            engine.monthEnds();
            assertThat(engine.monthEndMarks()).as("evaluated, unmarked").isEmpty();

            // A late online dossier of 12 March for Yên Ninh.
            engine.dossier(dossier("LATE", YEN_NINH, 2, ONLINE, "2026-03-12T09:00", "2026-03-12T09:01"));
            // Until evaluated, the marks are in the changelogged store too (a crash before then keeps them).
            assertThat(engine.monthEndMarks()).containsExactlyInAnyOrder(YEN_NINH + "|2026-03", YEN_NINH + "|2026-04", YEN_NINH + "|2026-05",
                    YEN_NINH + "|2026-06", YEN_NINH + "|2026-07", YEN_NINH + "|2026-08", YEN_NINH + "|2026-09", YEN_NINH + "|2026-10");
            List<KeyValue<String, IndicatorValue>> again = engine.monthEnds();
            List<String> communeMonths = again.stream().filter(kv -> kv.value.getUnitLevel() == UnitLevel.COMMUNE)
                    .map(kv -> kv.value.getUnitCode() + " " + kv.key.substring(kv.key.lastIndexOf('|') + 1)).distinct().sorted().toList();
            assertThat(communeMonths).as("March and each later past month, once each, Yên Ninh only").containsExactly(
                    YEN_NINH + " 2026-03", YEN_NINH + " 2026-04", YEN_NINH + " 2026-05", YEN_NINH + " 2026-06",
                    YEN_NINH + " 2026-07", YEN_NINH + " 2026-08", YEN_NINH + " 2026-09", YEN_NINH + " 2026-10");
            // Once each: a month gives each window once (month, quarter, year to date).
            assertThat(again.stream().filter(kv -> kv.value.getUnitLevel() == UnitLevel.COMMUNE).map(kv -> kv.key))
                    .doesNotHaveDuplicates();
            Map<String, IndicatorValue> monthEnds = latest(again);
            assertThat(monthEnds.get(key(YEN_NINH, ValueWindow.YEAR_TO_DATE, "2026-03")).getNumerator()).isEqualTo(4.0);
            assertThat(monthEnds.get(key(YEN_NINH, ValueWindow.YEAR_TO_DATE, "2026-03")).getDenominator()).isEqualTo(5.0);
            assertThat(monthEnds.get(key(YEN_NINH, ValueWindow.YEAR_TO_DATE, "2026-07")).getDenominator()).isEqualTo(5.0);
            assertThat(monthEnds.get(key(YEN_NINH, ValueWindow.YEAR_TO_DATE, "2026-10")).getNumerator()).isEqualTo(5.0);
            assertThat(monthEnds.get(key(YEN_NINH, ValueWindow.YEAR_TO_DATE, "2026-10")).getDenominator()).isEqualTo(7.0);
            assertThat(monthEnds.get(key(YEN_NINH, ValueWindow.MONTH_TO_DATE, "2026-10")).getDenominator())
                    .as("October alone is unchanged, evaluated again since its year to date moved").isEqualTo(2.0);
            // The province's March follows: (4 + 1) / (5 + 2).
            IndicatorValue provinceMarch = monthEnds.get(key(PROVINCE, ValueWindow.YEAR_TO_DATE, "2026-03"));
            assertThat(provinceMarch.getNumerator()).isEqualTo(5.0);
            assertThat(provinceMarch.getDenominator()).isEqualTo(7.0);

            // Nothing new: nothing evaluated.
            assertThat(engine.monthEnds()).isEmpty();
        }
    }

    @Test
    void aPastYearsDecemberAndAYearlyFigureGetNoMonthEndValue() {
        try (EngineDriver engine = new EngineDriver(LocalDateTime.parse("2027-02-10T10:00"), state)) {
            engine.dossier(dossier("N1", YEN_NINH, 2, ONLINE, "2026-11-20T09:00", "2026-11-20T09:01"));
            engine.dossier(dossier("D1", YEN_NINH, 2, ONLINE, "2026-12-20T09:00", "2026-12-20T09:01"));
            Map<String, IndicatorValue> monthEnds = latest(engine.monthEnds());
            assertThat(monthEnds.keySet()).as("have %s", monthEnds.keySet())
                    .anyMatch(k -> k.equals(key(YEN_NINH, ValueWindow.YEAR_TO_DATE, "2026-11")))
                    .noneMatch(k -> k.endsWith("|2026-12"));
            assertThat(monthEnds.get(key(YEN_NINH, ValueWindow.YEAR_TO_DATE, "2026-11")).getDenominator()).as("December not in November's end").isEqualTo(1.0);
            // The year's value as of 31 December is the live topic's, as before.
            IndicatorValue year = engine.value(YEN_NINH, "2026", "9", 2026, ValueWindow.YEAR_TO_DATE);
            assertThat(year.getWindowEnd()).isEqualTo(LocalDate.of(2026, 12, 31));
            assertThat(year.getDenominator()).isEqualTo(2.0);
            assertThat(year.getComputedAt()).isEqualTo(Instant.parse("2027-02-10T03:00:00Z"));
        }
    }
}
