package vn.thanhhoa.cds.adminunits.conversion;

import vn.thanhhoa.cds.adminunits.file.SourceLine;

/**
 * One row of the conversion: (part of) old unit {@code oldCode}, valid the day before the change,
 * became (part of) new unit {@code newCode}, valid from the change.
 *
 * @param label the change as the source writes it, kept verbatim for display
 */
public record ConversionEdge(String oldCode, String oldName, String newCode, String newName,
                             ChangeKind kind, String label, SourceLine at) {
}
