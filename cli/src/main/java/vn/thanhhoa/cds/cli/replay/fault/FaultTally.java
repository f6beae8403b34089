package vn.thanhhoa.cds.cli.replay.fault;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** How many faults of each kind were injected and how many the pipeline came back from, and which parts exited unasked. */
final class FaultTally {

    private final Map<FaultKind, Integer> injected = new EnumMap<>(FaultKind.class);
    private final Map<FaultKind, Integer> survived = new EnumMap<>(FaultKind.class);
    private final Map<String, Integer> unplannedExits = new LinkedHashMap<>();

    void injected(FaultKind kind) {
        injected.merge(kind, 1, Integer::sum);
    }

    void survived(FaultKind kind) {
        survived.merge(kind, 1, Integer::sum);
    }

    void unplannedExit(String part) {
        unplannedExits.merge(part, 1, Integer::sum);
    }

    int injected(FaultKind kind, boolean onlySurvived) {
        return (onlySurvived ? survived : injected).getOrDefault(kind, 0);
    }

    boolean allSurvived() {
        return injected.equals(survived);
    }

    void print(PrintStream out) {
        for (FaultKind kind : FaultKind.values()) {
            out.printf("  %-18s %d injected, %d survived  (%s)%n", kind, injected(kind, false), injected(kind, true), kind.description());
        }
        if (unplannedExits.isEmpty()) {
            out.println("  no part exited unasked");
        } else {
            unplannedExits.forEach((part, count) -> out.printf("  the %s process exited unasked %d time(s) and was started again%n", part, count));
        }
    }
}
