package vn.thanhhoa.cds.adminunits.file;

import java.util.List;

import vn.thanhhoa.cds.schemas.data.DataFinding;

/** Records read from one file and what was wrong with the rows that could not become records. */
public record Parsed<T>(List<T> records, List<DataFinding> findings) {

    public Parsed {
        records = List.copyOf(records);
        findings = List.copyOf(findings);
    }
}
