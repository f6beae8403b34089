package vn.thanhhoa.cds.schemas.data;

import java.util.List;

/** Thrown when a reference-data file has errors; carries every finding, not just the first. */
public final class DataFileException extends RuntimeException {

    private final List<DataFinding> findings;

    public DataFileException(List<DataFinding> findings) {
        super(summary(findings));
        this.findings = List.copyOf(findings);
    }

    public List<DataFinding> findings() {
        return findings;
    }

    private static String summary(List<DataFinding> findings) {
        StringBuilder text = new StringBuilder();
        long errors = findings.stream().filter(DataFinding::isError).count();
        text.append(errors).append(errors == 1 ? " error" : " errors").append(" in reference data");
        for (DataFinding finding : findings) {
            text.append(System.lineSeparator()).append("  ").append(finding);
        }
        return text.toString();
    }
}
