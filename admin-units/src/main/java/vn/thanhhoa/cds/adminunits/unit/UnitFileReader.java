package vn.thanhhoa.cds.adminunits.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.thanhhoa.cds.adminunits.file.CsvRow;
import vn.thanhhoa.cds.adminunits.file.CsvTable;
import vn.thanhhoa.cds.adminunits.file.FieldReader;
import vn.thanhhoa.cds.adminunits.file.Parsed;
import vn.thanhhoa.cds.schemas.data.DataFinding;

/** Reads a unit list: {@code code,name,type,level,parent_code,valid_from,valid_to}. */
public final class UnitFileReader {

    public static final List<String> COLUMNS = List.of("code", "name", "type", "level", "parent_code", "valid_from", "valid_to");

    private UnitFileReader() {
    }

    public static Parsed<AdministrativeUnit> read(String file) {
        CsvTable table = CsvTable.read(file, COLUMNS);
        List<DataFinding> findings = new ArrayList<>(table.findings());
        List<AdministrativeUnit> units = new ArrayList<>();
        for (CsvRow row : table.rows()) {
            FieldReader fields = new FieldReader(row, findings);
            String code = fields.required("code");
            String name = fields.required("name");
            String type = fields.required("type");
            String levelLabel = fields.required("level");
            Optional<UnitLevel> level = UnitLevel.fromLabel(levelLabel);
            if (level.isEmpty() && !levelLabel.isEmpty()) {
                fields.error("level", "'" + levelLabel + "' is not one of province, district, commune");
            }
            String parent = fields.optional("parent_code");
            if (level.isPresent() && level.get() != UnitLevel.PROVINCE && parent.isEmpty()) {
                fields.error("parent_code", "is empty: only the province has no parent");
            }
            var from = fields.date("valid_from");
            var to = fields.date("valid_to");
            if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
                fields.error("valid_to", "ends before valid_from " + from.get());
            }
            if (!fields.failed()) {
                units.add(new AdministrativeUnit(code, name, type, level.orElseThrow(),
                        parent.isEmpty() ? Optional.empty() : Optional.of(parent), new Validity(from, to), row.at()));
            }
        }
        return new Parsed<>(units, findings);
    }
}
