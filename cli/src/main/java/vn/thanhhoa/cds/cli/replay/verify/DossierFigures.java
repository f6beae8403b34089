package vn.thanhhoa.cds.cli.replay.verify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import vn.thanhhoa.cds.simulators.tthc.ExpectedDossier;

/**
 * The 2026 indicators of one-stop dossiers, from the simulator's account of each dossier's latest
 * state (a dossier counts once, however many lines it had): items 9 (received online of received),
 * 7 (online of those of online-capable services, MucDo 3 or 4), 10 (paid online of those with fees
 * due), 6 (documents of business dossiers provided once of those required), all on the day received;
 * 4 (digitised with an electronic result of resolved) and 11 (reusing data of resolved), on the day
 * finished.
 */
final class DossierFigures {

    /** TrangThaiHoSo 1 (registered) and 3 are not received yet; 9 and 10 are resolved. */
    private static final Set<Integer> NOT_RECEIVED = Set.of(1, 3);
    private static final Set<Integer> RESOLVED = Set.of(9, 10);
    private static final Set<String> ONLINE_CAPABLE = Set.of("3", "4");

    private DossierFigures() {
    }

    static List<ExpectedFigure> of(Collection<ExpectedDossier> dossiers, VerificationDay day) {
        FlowTally item9 = new FlowTally("9", day);
        FlowTally item7 = new FlowTally("7", day);
        FlowTally item10 = new FlowTally("10", day);
        FlowTally item6 = new FlowTally("6", day);
        FlowTally item4 = new FlowTally("4", day);
        FlowTally item11 = new FlowTally("11", day);
        for (ExpectedDossier dossier : dossiers) {
            String commune = dossier.communeCode();
            if (!NOT_RECEIVED.contains(dossier.finalStatus())) {
                LocalDate received = received(dossier);
                item9.add(commune, received, dossier.online() ? 1 : 0, 1);
                boolean capable = ONLINE_CAPABLE.contains(dossier.serviceLevel());
                item7.add(commune, received, capable && dossier.online() ? 1 : 0, capable ? 1 : 0);
                boolean fees = capable && dossier.feesDue();
                item10.add(commune, received, fees && dossier.paidOnline() ? 1 : 0, fees ? 1 : 0);
                if ("2".equals(dossier.applicantType())) {
                    item6.add(commune, received, dossier.reusedFiles(), dossier.submittedFiles());
                }
            }
            if (RESOLVED.contains(dossier.finalStatus()) && dossier.finishedAt() != null) {
                LocalDate finished = dossier.finishedAt().toLocalDate();
                item4.add(commune, finished, dossier.digitisedComponents() && dossier.electronicResult() ? 1 : 0, 1);
                item11.add(commune, finished, dossier.reusedFiles() > 0 ? 1 : 0, 1);
            }
        }
        List<ExpectedFigure> figures = new ArrayList<>();
        for (FlowTally tally : List.of(item4, item6, item7, item9, item10, item11)) {
            figures.addAll(tally.figures());
        }
        return figures;
    }

    /** The day received; for an account without it, the day the dossier code carries (…-yyMMdd-…). */
    private static LocalDate received(ExpectedDossier dossier) {
        if (dossier.receivedAt() != null) {
            return dossier.receivedAt().toLocalDate();
        }
        String day = dossier.dossierCode().split("-")[1];
        return LocalDate.of(2000 + Integer.parseInt(day.substring(0, 2)), Integer.parseInt(day.substring(2, 4)), Integer.parseInt(day.substring(4, 6)));
    }
}
