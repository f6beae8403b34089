package vn.thanhhoa.cds.simulators.tthc;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the simulator wrote: the files, the dossiers that a correct reader must accept (by code),
 * and how many lines a correct reader must reject, by kind of fault.
 */
public record DossierFeed(List<Path> files, Map<String, ExpectedDossier> acceptedDossiers, Map<String, Integer> rejectedLinesByFault,
                          long linesWritten) {

    public int rejectedLines() {
        return rejectedLinesByFault.values().stream().mapToInt(Integer::intValue).sum();
    }
}
