package vn.thanhhoa.cds.catalog.target;

import java.util.Optional;
import vn.thanhhoa.cds.catalog.Origin;

/** A target cell that holds only a footnote mark ("*1"); the note itself may be missing. */
public record Footnote(String code, int year, String printed, Optional<String> note, Origin origin) {}
