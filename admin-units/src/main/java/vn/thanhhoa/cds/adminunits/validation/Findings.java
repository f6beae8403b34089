package vn.thanhhoa.cds.adminunits.validation;

import java.util.ArrayList;
import java.util.List;

import vn.thanhhoa.cds.adminunits.file.SourceLine;
import vn.thanhhoa.cds.schemas.data.DataFinding;

/** Collects findings of the cross-file checks, placing each on a row it can point to. */
final class Findings {

    private final List<DataFinding> list = new ArrayList<>();

    void error(SourceLine at, String field, String message) {
        list.add(DataFinding.error(at.file(), at.line(), field, message));
    }

    void warning(SourceLine at, String field, String message) {
        list.add(DataFinding.warning(at.file(), at.line(), field, message));
    }

    void addAll(List<DataFinding> findings) {
        list.addAll(findings);
    }

    List<DataFinding> list() {
        return List.copyOf(list);
    }
}
