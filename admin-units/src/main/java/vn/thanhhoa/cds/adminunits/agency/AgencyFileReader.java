package vn.thanhhoa.cds.adminunits.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import vn.thanhhoa.cds.adminunits.file.CsvRow;
import vn.thanhhoa.cds.adminunits.file.CsvTable;
import vn.thanhhoa.cds.adminunits.file.FieldReader;
import vn.thanhhoa.cds.adminunits.file.Parsed;
import vn.thanhhoa.cds.adminunits.unit.Validity;
import vn.thanhhoa.cds.schemas.data.DataFinding;

/** Reads {@code agency_code,unit_code,unit_name,valid_from,valid_to,source}. */
public final class AgencyFileReader {

    public static final List<String> COLUMNS = List.of("agency_code", "unit_code", "unit_name", "valid_from", "valid_to", "source");
    /** xxx.yy.zz.H56: the four-level shape of QĐ 20/2020 with Thanh Hóa's level-1 code. */
    private static final Pattern SHAPE = Pattern.compile("\\d{3}\\.\\d{2}\\.\\d{2}\\.H56");

    private AgencyFileReader() {
    }

    public static Parsed<AgencyCode> read(String file) {
        CsvTable table = CsvTable.read(file, COLUMNS);
        List<DataFinding> findings = new ArrayList<>(table.findings());
        List<AgencyCode> codes = new ArrayList<>();
        for (CsvRow row : table.rows()) {
            FieldReader fields = new FieldReader(row, findings);
            String agency = fields.required("agency_code");
            if (!agency.isEmpty() && !SHAPE.matcher(agency).matches()) {
                fields.error("agency_code", "'" + agency + "' does not have the shape xxx.yy.zz.H56");
            }
            String unit = fields.required("unit_code");
            var from = fields.date("valid_from");
            var to = fields.date("valid_to");
            if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
                fields.error("valid_to", "ends before valid_from " + from.get());
            }
            String source = fields.required("source");
            if (!fields.failed()) {
                codes.add(new AgencyCode(agency, unit, fields.optional("unit_name"), new Validity(from, to), source, row.at()));
            }
        }
        return new Parsed<>(codes, findings);
    }
}
