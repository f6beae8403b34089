package vn.thanhhoa.cds.adminunits.statistics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import vn.thanhhoa.cds.adminunits.file.CsvRow;
import vn.thanhhoa.cds.adminunits.file.CsvTable;
import vn.thanhhoa.cds.adminunits.file.FieldReader;
import vn.thanhhoa.cds.adminunits.file.Parsed;
import vn.thanhhoa.cds.schemas.data.DataFinding;

/** Reads the yearly statistics tables and the seed figures. */
public final class StatisticsFileReader {

    public static final List<String> STATISTICS_COLUMNS = Stream.concat(
            Stream.of("year", "unit_code", "unit_name"),
            Stream.concat(Stream.of(StatisticField.values()).map(StatisticField::column), Stream.of("source", "note"))).toList();
    public static final List<String> SEED_COLUMNS = List.of("year", "unit_code", "unit_name", "field", "value", "seed", "quote");

    private StatisticsFileReader() {
    }

    public static Parsed<ReferenceStatistics> readStatistics(String file) {
        CsvTable table = CsvTable.read(file, STATISTICS_COLUMNS);
        List<DataFinding> findings = new ArrayList<>(table.findings());
        List<ReferenceStatistics> rows = new ArrayList<>();
        for (CsvRow row : table.rows()) {
            FieldReader fields = new FieldReader(row, findings);
            int year = (int) fields.count("year");
            String unit = fields.required("unit_code");
            Map<StatisticField, Long> values = new EnumMap<>(StatisticField.class);
            for (StatisticField field : StatisticField.values()) {
                values.put(field, fields.count(field.column()));
            }
            String source = fields.required("source");
            if (!fields.failed()) {
                rows.add(new ReferenceStatistics(year, unit, fields.optional("unit_name"), values, source,
                        fields.optional("note"), row.at()));
            }
        }
        return new Parsed<>(rows, findings);
    }

    public static Parsed<SeedFigure> readSeedFigures(String file) {
        CsvTable table = CsvTable.read(file, SEED_COLUMNS);
        List<DataFinding> findings = new ArrayList<>(table.findings());
        List<SeedFigure> figures = new ArrayList<>();
        for (CsvRow row : table.rows()) {
            FieldReader fields = new FieldReader(row, findings);
            int year = (int) fields.count("year");
            String unit = fields.required("unit_code");
            String column = fields.required("field");
            var field = StatisticField.fromColumn(column);
            if (field.isEmpty() && !column.isEmpty()) {
                fields.error("field", "'" + column + "' is not a statistics column");
            }
            long value = fields.count("value");
            String seed = fields.required("seed");
            String quote = fields.required("quote");
            if (!fields.failed()) {
                figures.add(new SeedFigure(year, unit, fields.optional("unit_name"), field.orElseThrow(), value, seed, quote, row.at()));
            }
        }
        return new Parsed<>(figures, findings);
    }
}
