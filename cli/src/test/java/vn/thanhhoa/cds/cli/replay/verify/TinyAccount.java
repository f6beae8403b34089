package vn.thanhhoa.cds.cli.replay.verify;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.thanhhoa.cds.adminunits.statistics.ReferenceStatistics;
import vn.thanhhoa.cds.adminunits.statistics.StatisticField;
import vn.thanhhoa.cds.adminunits.statistics.StatisticsTable;
import vn.thanhhoa.cds.simulators.document.ExpectedDocument;
import vn.thanhhoa.cds.simulators.periodicreport.PeriodicReportFeed;
import vn.thanhhoa.cds.simulators.task.TaskFeed;
import vn.thanhhoa.cds.simulators.tthc.ExpectedDossier;

/**
 * A tiny account of every source family, as of 10 April 2026 (year to date 1 January – 10 April,
 * quarter and month to date from 1 April, trailing 30 days from 12 March), and the figures worked out
 * by hand from it: Phường Hàm Rồng (14758), Xã Thọ Phú (15763), Xã Yên Hùng (15442), province 38.
 */
public final class TinyAccount {

    public static final String PROVINCE = "38";
    public static final VerificationDay DAY = new VerificationDay(2026, LocalDate.of(2026, 4, 10), true);

    private TinyAccount() {
    }

    /** A hand-worked value: figures, and the status on the judged window (TREND on the others). */
    public record Value(String unit, String indicator, CheckedWindow window, Double numerator, Double denominator, String status) {
    }

    public static final List<ExpectedDossier> DOSSIERS = List.of(
            // online, fully online service, returned with an electronic result on 8 January: digitised
            dossier("H56.01-260105-00001", "14758", true, 10, LocalDateTime.of(2026, 1, 5, 9, 0), LocalDateTime.of(2026, 1, 8, 11, 0), true, true),
            // at the counter (MucDo 3), resolved on 2 April without an electronic result
            dossier("H56.01-260320-00002", "14758", false, 9, LocalDateTime.of(2026, 3, 20, 9, 0), LocalDateTime.of(2026, 4, 2, 11, 0), true, false),
            // online, still in processing
            dossier("H56.01-260403-00003", "14758", true, 2, LocalDateTime.of(2026, 4, 3, 9, 0), null, false, false),
            // received in 2025: no 2026 window
            dossier("H56.01-251230-00004", "14758", true, 4, LocalDateTime.of(2025, 12, 30, 9, 0), null, false, false),
            dossier("H56.02-260214-00005", "15763", true, 4, LocalDateTime.of(2026, 2, 14, 9, 0), null, true, false));

    public static final List<ExpectedDocument> DOCUMENTS = List.of(
            new ExpectedDocument("d1", "14758", LocalDate.of(2026, 4, 5), true, false, true, true),
            new ExpectedDocument("d2", "14758", LocalDate.of(2026, 2, 1), true, false, false, false),
            // incoming, and secret: in no count
            new ExpectedDocument("d3", "14758", LocalDate.of(2026, 4, 6), false, false, true, false),
            new ExpectedDocument("d4", "14758", LocalDate.of(2026, 4, 7), true, true, true, true));

    public static final TaskFeed TASKS = new TaskFeed(List.of(), Map.of(
            "t1", new TaskFeed.ExpectedTask("15763", "HOAN_THANH", true),
            "t2", new TaskFeed.ExpectedTask("15763", "DANG_XU_LY", false),
            "t3", new TaskFeed.ExpectedTask("15763", "HUY", true)), 0, Map.of(),
            Map.of("t1", LocalDate.of(2026, 3, 15), "t2", LocalDate.of(2026, 4, 1), "t3", LocalDate.of(2026, 4, 2)));

    public static final PeriodicReportFeed PERIODIC_REPORTS = new PeriodicReportFeed(List.of(), Map.of(
            "r1", new PeriodicReportFeed.ExpectedReport("15442", "HE_THONG", false),
            "r2", new PeriodicReportFeed.ExpectedReport("15442", "GIAY", false),
            "r3", new PeriodicReportFeed.ExpectedReport("15442", null, false),
            "r4", new PeriodicReportFeed.ExpectedReport("15442", "HE_THONG", true)), 0, Map.of(),
            Map.of("r1", LocalDate.of(2026, 1, 20), "r2", LocalDate.of(2026, 3, 20), "r3", LocalDate.of(2026, 4, 20), "r4", LocalDate.of(2026, 3, 20)));

    /** Reported values: the March figure is the latest up to 10 April (May's is after the day). */
    public static final Map<String, Double> REPORTED = Map.of(
            "14758|telecom.population.covered_4g5g|2026-02", 40_000.0,
            "14758|telecom.population.covered_4g5g|2026-03", 41_000.0,
            "14758|telecom.population.covered_4g5g|2026-05", 45_000.0,
            "15763|bank.accounts|2026-03", 9_000.0);

    public static final Map<String, String> DECLARATIONS = Map.of(
            "14758|2026|3|2026", "giaTri=20",
            "15763|2026|3|2026", "giaTri=30",
            "14758|2026|21|2026", "giaTri=2",
            "14758|2026|22|2026", "giaTri=6",
            "14758|2026|29|2026", "giaTri=18;web.dx_link=true;web.dx_section=true",
            "15763|2026|30|2026|2026-03", "giaTri=3",
            "15763|2026|30|2026|2026-04", "giaTri=4",
            "14758|2026|30|2026|2026-01", "giaTri=1",
            "14758|2023-2025|1.4|2025", "giaTri=5");

    public static final StatisticsTable STATISTICS = new StatisticsTable(List.of(
            statistics("14758", 50_000, 40_000, 25), statistics("15763", 20_000, 12_000, 30), statistics("15442", 10_000, 8_000, 20)));

    public static ReplayAccount account() {
        return new ReplayAccount(DOSSIERS, DOCUMENTS, TASKS, PERIODIC_REPORTS, REPORTED, DECLARATIONS, STATISTICS);
    }

    /** Every value worked out by hand from the account above. */
    public static final List<Value> VALUES = values();

    private static List<Value> values() {
        List<Value> values = new ArrayList<>();
        // Item 9 (and 7: every dossier is of an online-capable service): 14758 received 3 in 2026 (5 Jan online, 20 Mar, 3 Apr online).
        for (String item : List.of("9", "7")) {
            flow(values, "14758", item, new double[] {2, 3, 1, 1, 1, 1, 1, 2}, "BELOW");
            flow(values, "15763", item, new double[] {1, 1, 0, 0, 0, 0, 0, 0}, "MET");
            flow(values, PROVINCE, item, new double[] {3, 4, 1, 1, 1, 1, 1, 2}, item.equals("9") ? "MET" : "BELOW");
        }
        // Item 4: resolved 8 Jan (digitised, electronic result) and 2 Apr (no electronic result). Item 11: neither reused data.
        for (String unit : List.of("14758", PROVINCE)) {
            flow(values, unit, "4", new double[] {1, 2, 0, 1, 0, 1, 0, 1}, "BELOW");
            flow(values, unit, "11", new double[] {0, 2, 0, 1, 0, 1, 0, 1}, "BELOW");
            // Item 13: issued 1 Feb (on paper) and 5 Apr (electronic, signed).
            flow(values, unit, "13", new double[] {1, 2, 1, 1, 1, 1, 1, 1}, "BELOW");
        }
        // Item 15: assigned 15 Mar (tracked) and 1 Apr (not tracked); the cancelled task is no task.
        for (String unit : List.of("15763", PROVINCE)) {
            flow(values, unit, "15", new double[] {1, 2, 0, 1, 0, 1, 1, 2}, "BELOW");
        }
        // Item 14: due 20 Jan (on the system) and 20 Mar (on paper); 20 Apr is after the day; the secret one is no report.
        for (String unit : List.of("15442", PROVINCE)) {
            flow(values, unit, "14", new double[] {1, 2, 0, 0, 0, 0, 0, 1}, "BELOW");
        }
        // Item 1: 41,000 covered of 50,000 people = 82 % ≥ 50. Item 17: 9,000 accounts of 12,000 aged 15+ = 75 % < 80.
        values.add(new Value("14758", "1", CheckedWindow.AS_OF, 41_000.0, 50_000.0, "MET"));
        values.add(new Value(PROVINCE, "1", CheckedWindow.AS_OF, 41_000.0, 50_000.0, "MET"));
        values.add(new Value("15763", "17", CheckedWindow.AS_OF, 9_000.0, 12_000.0, "BELOW"));
        values.add(new Value(PROVINCE, "17", CheckedWindow.AS_OF, 9_000.0, 12_000.0, "BELOW"));
        // Item 3: 20 of 25 officials (80 %), 30 of 30 (100 %); the province 50 of 55 (90.9 %). Item 21: 2 start-ups ≥ 1.
        values.add(new Value("14758", "3", CheckedWindow.AS_OF, 20.0, 25.0, "BELOW"));
        values.add(new Value("15763", "3", CheckedWindow.AS_OF, 30.0, 30.0, "MET"));
        values.add(new Value(PROVINCE, "3", CheckedWindow.AS_OF, 50.0, 55.0, "BELOW"));
        values.add(new Value("14758", "21", CheckedWindow.AS_OF, 2.0, null, "MET"));
        values.add(new Value(PROVINCE, "21", CheckedWindow.AS_OF, 2.0, null, "MET"));
        // Item 22: 6 applications, within 5–7. Item 29: 18 posts (< 30), own section and link: 1/2 + 1/4 points.
        for (String unit : List.of("14758", PROVINCE)) {
            values.add(new Value(unit, "22", CheckedWindow.YEAR_TO_DATE, 6.0, null, "MET"));
            values.add(new Value(unit, "29", CheckedWindow.YEAR_TO_DATE, 18.0, null, "BELOW"));
        }
        // Item 30, judged on the month: 3 broadcasts in March, 4 in April (all the points); a month has no days to trail.
        // 14758 broadcast once, in January: nothing this month or quarter, no points.
        values.add(new Value("15763", "30", CheckedWindow.YEAR_TO_DATE, 7.0, null, "TREND"));
        values.add(new Value("14758", "30", CheckedWindow.YEAR_TO_DATE, 1.0, null, "TREND"));
        values.add(new Value(PROVINCE, "30", CheckedWindow.YEAR_TO_DATE, 8.0, null, "TREND"));
        for (String unit : List.of("15763", PROVINCE)) {
            values.add(new Value(unit, "30", CheckedWindow.QUARTER_TO_DATE, 4.0, null, "TREND"));
            values.add(new Value(unit, "30", CheckedWindow.MONTH_TO_DATE, 4.0, null, "MET"));
        }
        values.add(new Value("14758", "30", CheckedWindow.QUARTER_TO_DATE, 0.0, null, "TREND"));
        values.add(new Value("14758", "30", CheckedWindow.MONTH_TO_DATE, 0.0, null, "BELOW"));
        values.add(new Value("15763", "30", CheckedWindow.TRAILING_30_DAYS, null, null, "NO_DATA"));
        values.add(new Value("14758", "30", CheckedWindow.TRAILING_30_DAYS, null, null, "NO_DATA"));
        return List.copyOf(values);
    }

    /** Figures in the order year, quarter, month to date, trailing 30 days: numerator, denominator each. */
    private static void flow(List<Value> values, String unit, String item, double[] figures, String judged) {
        CheckedWindow[] windows = {CheckedWindow.YEAR_TO_DATE, CheckedWindow.QUARTER_TO_DATE, CheckedWindow.MONTH_TO_DATE, CheckedWindow.TRAILING_30_DAYS};
        for (int w = 0; w < windows.length; w++) {
            values.add(new Value(unit, item, windows[w], figures[2 * w], figures[2 * w + 1], w == 0 ? judged : "TREND"));
        }
    }

    /** The province's 2026 targets as seed 004 prints them ("≥"), typed again for the test. */
    public static final Map<String, Double> TARGETS = Map.ofEntries(Map.entry("9", 75.0), Map.entry("7", 90.0), Map.entry("4", 90.0),
            Map.entry("11", 80.0), Map.entry("13", 100.0), Map.entry("15", 100.0), Map.entry("14", 100.0), Map.entry("1", 50.0),
            Map.entry("17", 80.0), Map.entry("3", 100.0), Map.entry("21", 1.0), Map.entry("22", 5.0), Map.entry("29", 30.0), Map.entry("30", 4.0));

    /** The target's operator where it is not "≥": 22 is "5-7 đơn", 29 and 30 are scored. */
    public static final Map<String, String> OPERATORS = Map.of("22", "between", "29", "score", "30", "score");

    /** Points of the scored items on their judged window, by hand: 29 (1/2 + 1/4), 30 (4 broadcasts: the maximum). */
    public static final Map<String, Double> POINTS = Map.of("14758 29 YEAR_TO_DATE", 0.75, "15763 30 MONTH_TO_DATE", 1.0, "14758 30 MONTH_TO_DATE", 0.0);

    private static ExpectedDossier dossier(String code, String commune, boolean online, int status, LocalDateTime received, LocalDateTime finished,
                                           boolean digitised, boolean electronicResult) {
        return new ExpectedDossier(code, code.split("-")[0], commune, status, online, false, null, null, 3, received, finished,
                online ? "4" : "3", "1", false, digitised, electronicResult, 1, 0);
    }

    private static ReferenceStatistics statistics(String commune, long population, long aged15, long officials) {
        Map<StatisticField, Long> values = new EnumMap<>(StatisticField.class);
        for (StatisticField field : StatisticField.values()) {
            values.put(field, 1_000L);
        }
        values.put(StatisticField.POPULATION, population);
        values.put(StatisticField.AGED_15_PLUS, aged15);
        values.put(StatisticField.OFFICIALS, officials);
        return new ReferenceStatistics(2026, commune, "xã " + commune, values, "test", "", null);
    }

}
