package vn.thanhhoa.cds.cli.replay.verify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts one flow indicator's entries per commune into every window of the day: each entry adds to
 * the numerator and the denominator what it contributes, in the windows its day falls in.
 */
final class FlowTally {

    private final String indicator;
    private final VerificationDay day;
    private final List<CheckedWindow> windows;
    private final Map<String, double[]> byCommune = new TreeMap<>();

    FlowTally(String indicator, VerificationDay day) {
        this.indicator = indicator;
        this.day = day;
        this.windows = day.flowWindows();
    }

    void add(String commune, LocalDate at, double numerator, double denominator) {
        if (commune == null || at == null || at.getYear() != day.year() || numerator == 0 && denominator == 0) {
            return;
        }
        double[] figures = byCommune.computeIfAbsent(commune, c -> new double[2 * windows.size()]);
        for (int w = 0; w < windows.size(); w++) {
            if (windows.get(w).contains(at, day.asOf())) {
                figures[2 * w] += numerator;
                figures[2 * w + 1] += denominator;
            }
        }
    }

    List<ExpectedFigure> figures() {
        List<ExpectedFigure> figures = new ArrayList<>();
        byCommune.forEach((commune, counts) -> {
            for (int w = 0; w < windows.size(); w++) {
                figures.add(new ExpectedFigure(commune, indicator, windows.get(w), counts[2 * w], counts[2 * w + 1]));
            }
        });
        return figures;
    }
}
