package vn.thanhhoa.cds.simulators.tthc;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the simulator wrote: the files, the dossiers that a correct reader must accept (by code),
 * how many lines a correct reader must reject, by kind of fault, and every applicant identity number
 * in every form it was typed (to prove none leaks).
 */
public record DossierFeed(List<Path> files, Map<String, ExpectedDossier> acceptedDossiers, Map<String, Integer> rejectedLinesByFault,
                          long linesWritten, List<String> identityNumbers) {

    public int rejectedLines() {
        return rejectedLinesByFault.values().stream().mapToInt(Integer::intValue).sum();
    }
}
