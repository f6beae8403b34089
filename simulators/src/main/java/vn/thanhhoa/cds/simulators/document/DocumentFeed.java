package vn.thanhhoa.cds.simulators.document;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the document simulator wrote: files, per commune the documents a correct reader accepts
 * (all, non-secret, non-secret processed electronically), and rejected lines by fault; and each
 * accepted document as the simulator chose it, for a check of the indicators computed from them.
 */
public record DocumentFeed(List<Path> files, Map<String, int[]> countsByCommune, long acceptedLines, Map<String, Integer> rejectedLinesByFault,
                           List<ExpectedDocument> acceptedDocuments) {

    public static final int ALL = 0;
    public static final int NOT_SECRET = 1;
    public static final int NOT_SECRET_ELECTRONIC = 2;

    public int rejectedLines() {
        return rejectedLinesByFault.values().stream().mapToInt(Integer::intValue).sum();
    }
}
