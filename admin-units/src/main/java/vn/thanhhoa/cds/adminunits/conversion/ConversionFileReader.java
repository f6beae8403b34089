package vn.thanhhoa.cds.adminunits.conversion;

import java.util.ArrayList;
import java.util.List;

import vn.thanhhoa.cds.adminunits.file.CsvRow;
import vn.thanhhoa.cds.adminunits.file.CsvTable;
import vn.thanhhoa.cds.adminunits.file.FieldReader;
import vn.thanhhoa.cds.adminunits.file.Parsed;
import vn.thanhhoa.cds.schemas.data.DataFinding;

/** Reads the conversion table and the split weights. */
public final class ConversionFileReader {

    public static final List<String> EDGE_COLUMNS = List.of("old_code", "old_name", "old_district", "new_code", "new_name", "change");
    public static final List<String> WEIGHT_COLUMNS = List.of("old_code", "new_code", "weight", "source");

    private ConversionFileReader() {
    }

    public static Parsed<ConversionEdge> readEdges(String file) {
        CsvTable table = CsvTable.read(file, EDGE_COLUMNS);
        List<DataFinding> findings = new ArrayList<>(table.findings());
        List<ConversionEdge> edges = new ArrayList<>();
        for (CsvRow row : table.rows()) {
            FieldReader fields = new FieldReader(row, findings);
            String oldCode = fields.required("old_code");
            String newCode = fields.required("new_code");
            String label = fields.required("change");
            var kind = ChangeKind.fromLabel(label);
            if (kind.isEmpty() && !label.isEmpty()) {
                fields.error("change", "'" + label + "' is not a known change (Nhập toàn bộ, Nhập một phần, Giữ nguyên, Đổi loại hình)");
            }
            if (!fields.failed()) {
                edges.add(new ConversionEdge(oldCode, fields.optional("old_name"), newCode, fields.optional("new_name"),
                        kind.orElseThrow(), label, row.at()));
            }
        }
        return new Parsed<>(edges, findings);
    }

    public static Parsed<SplitWeight> readWeights(String file) {
        CsvTable table = CsvTable.read(file, WEIGHT_COLUMNS);
        List<DataFinding> findings = new ArrayList<>(table.findings());
        List<SplitWeight> weights = new ArrayList<>();
        for (CsvRow row : table.rows()) {
            FieldReader fields = new FieldReader(row, findings);
            String oldCode = fields.required("old_code");
            String newCode = fields.required("new_code");
            long weight = fields.count("weight");
            if (weight <= 0 && !fields.failed()) {
                fields.error("weight", "must be a positive whole number, was " + weight);
            }
            String source = fields.required("source");
            if (!fields.failed()) {
                weights.add(new SplitWeight(oldCode, newCode, weight, source, row.at()));
            }
        }
        return new Parsed<>(weights, findings);
    }
}
