package vn.thanhhoa.cds.adminunits.agency;

import vn.thanhhoa.cds.adminunits.file.SourceLine;
import vn.thanhhoa.cds.adminunits.unit.Validity;

/**
 * An electronic agency identifier (QĐ 20/2020/QĐ-TTg, Thanh Hóa's suffix H56, e.g.
 * {@code 000.20.43.H56}) that source systems put on dossiers and documents, and the unit whose
 * People's Committee it names for the given period.
 *
 * @param source {@code generated} for codes this project made up (the real ones are not public)
 */
public record AgencyCode(String agencyCode, String unitCode, String unitName, Validity validity,
                         String source, SourceLine at) {

    public boolean generated() {
        return source.startsWith("generated");
    }
}
