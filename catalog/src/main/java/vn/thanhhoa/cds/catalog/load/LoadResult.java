package vn.thanhhoa.cds.catalog.load;

import java.util.List;
import vn.thanhhoa.cds.catalog.Catalog;
import vn.thanhhoa.cds.schemas.data.DataFileException;
import vn.thanhhoa.cds.schemas.data.DataFinding;

/**
 * What loading found: the catalog as far as it could be read, and every error and warning,
 * sorted by file and line.
 */
public record LoadResult(Catalog catalog, List<DataFinding> findings) {

    public LoadResult {
        findings = List.copyOf(findings);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(DataFinding::isError);
    }

    public List<DataFinding> warnings() {
        return findings.stream().filter(f -> !f.isError()).toList();
    }

    /** The catalog, or the errors as an exception; warnings do not stop it. */
    public Catalog orThrow() {
        if (hasErrors()) {
            throw new DataFileException(findings.stream().filter(DataFinding::isError).toList());
        }
        return catalog;
    }
}
