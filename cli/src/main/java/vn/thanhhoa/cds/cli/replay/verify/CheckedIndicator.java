package vn.thanhhoa.cds.cli.replay.verify;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A 2026 indicator this check recomputes, as transcribed here from seed 004's appendix (and the
 * catalog's reading of it, indicators-2026.yaml): a ratio (percent) or a count, the window its
 * status is judged on, and the province's target (no commune assignment of 2026 changes one). Typed
 * again on purpose, not read through the catalog's code, so that a slip there shows here.
 *
 * @param source the simulated feed its figures come from
 * @param operator {@code >=}, {@code score} (the judged figure at least the target, points by the tiers) or
 *                 {@code encouraged} (a target with no figure: its status is not judged here)
 * @param upper    the upper bound of a {@code between} target (null for the others)
 * @param only     the windows checked, when not all the engine writes (null: all)
 */
public record CheckedIndicator(String code, String source, boolean ratio, CheckedWindow judgedOn, String operator, Double target,
                               Double upper, java.util.Set<CheckedWindow> only) {

    public CheckedIndicator(String code, String source, boolean ratio, CheckedWindow judgedOn, String operator, Double target) {
        this(code, source, ratio, judgedOn, operator, target, null, null);
    }

    public static final String SET = "2026";

    /** Every 2026 indicator whose inputs the simulators produce, by code. */
    public static final Map<String, CheckedIndicator> ALL = all();

    /** The 2026 indicators not recomputed, with the reason, for the verdict to say so. */
    public static final Map<String, String> NOT_CHECKED = Map.of(
            "5", "its measures are declared (interim) and the simulators declare none of them",
            "8", "its measures are declared (interim) and the simulators declare none of them",
            "12", "the satisfaction score is declared (interim) and the simulators declare none",
            "16", "directive documents are declared (interim) and the simulators declare none",
            "25a", "health.digital_service.adults is declared (interim) and the simulators declare none",
            "27", "health.ebook.people is declared (interim) and the simulators declare none",
            "22 (month, quarter, trailing 30 days)", "a yearly declared count has no month: which figure its month and quarter should show is not settled (year to date is checked)",
            "29 (month, quarter, trailing 30 days)", "the year's posts are declared once, with no month (year to date and its points are checked)");

    private static Map<String, CheckedIndicator> all() {
        Map<String, CheckedIndicator> all = new LinkedHashMap<>();
        CheckedWindow ytd = CheckedWindow.YEAR_TO_DATE;
        CheckedWindow asOf = CheckedWindow.AS_OF;
        // One-stop dossiers.
        for (String[] item : new String[][] {{"4", "90"}, {"6", "100"}, {"7", "90"}, {"9", "75"}, {"10", "80"}, {"11", "80"}}) {
            all.put(item[0], new CheckedIndicator(item[0], "tthc", true, ytd, ">=", Double.valueOf(item[1])));
        }
        all.put("13", new CheckedIndicator("13", "document", true, ytd, ">=", 100.0));
        all.put("14", new CheckedIndicator("14", "periodic-report", true, ytd, ">=", 100.0));
        all.put("15", new CheckedIndicator("15", "task", true, ytd, ">=", 100.0));
        // Monthly reports of banks and telecom operators over reference statistics.
        for (String[] item : new String[][] {{"1", "50"}, {"2", "60"}, {"17", "80"}, {"23", "86"}, {"24", "80"}, {"28", "40"}}) {
            all.put(item[0], new CheckedIndicator(item[0], "report", true, asOf, ">=", Double.valueOf(item[1])));
        }
        // Commune declarations, over reference statistics or counted.
        for (String[] item : new String[][] {{"3", "100"}, {"19", "60"}, {"20", "20"}, {"25b", "80"}, {"25c", "80"}, {"25d", "80"}, {"26", "65"}}) {
            all.put(item[0], new CheckedIndicator(item[0], "declaration", true, asOf, ">=", Double.valueOf(item[1])));
        }
        all.put("18", new CheckedIndicator("18", "declaration", false, asOf, "encouraged", null));
        // Declared flows: IP applications and website posts in the year; radio broadcasts per month.
        all.put("22", new CheckedIndicator("22", "declaration", false, ytd, "between", 5.0, 7.0, Set.of(ytd)));
        all.put("29", new CheckedIndicator("29", "declaration", false, ytd, "score", 30.0, null, Set.of(ytd)));
        all.put("30", new CheckedIndicator("30", "declaration", false, CheckedWindow.MONTH_TO_DATE, "score", 4.0));
        all.put("21", new CheckedIndicator("21", "declaration", false, asOf, ">=", 1.0));
        return Map.copyOf(all);
    }

    /** The windows the engine writes for it on {@code day}. */
    public List<CheckedWindow> windows(VerificationDay day) {
        List<CheckedWindow> windows = judgedOn == CheckedWindow.AS_OF ? List.of(CheckedWindow.AS_OF) : day.flowWindows();
        return only == null ? windows : windows.stream().filter(only::contains).toList();
    }

    public boolean flow() {
        return judgedOn != CheckedWindow.AS_OF;
    }

    /**
     * The statuses a judged value with these figures may have: none to check for an encouraged
     * target; NO_DATA without figures; MET when it meets the target (or AT_RISK, met today but
     * projected to miss, for a commune: parents are not projected), else BELOW.
     */
    Set<String> statuses(ExpectedFigure figure, boolean commune) {
        if (target == null) {
            return Set.of();
        }
        if (figure.numerator() == null || ratio && (figure.denominator() == null || figure.denominator() == 0)) {
            return Set.of("NO_DATA");
        }
        double value = ratio ? 100 * figure.numerator() / figure.denominator() : figure.numerator();
        if (upper != null) {
            // "5-7 đơn đăng ký/năm": met within the range, both ends included.
            return value >= target && value <= upper ? (commune ? Set.of("MET", "AT_RISK") : Set.of("MET")) : Set.of("BELOW");
        }
        if (value >= target) {
            return commune ? Set.of("MET", "AT_RISK") : Set.of("MET");
        }
        return Set.of("BELOW");
    }
}
