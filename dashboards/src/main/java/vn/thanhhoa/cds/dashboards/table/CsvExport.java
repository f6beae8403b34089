package vn.thanhhoa.cds.dashboards.table;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A table as CSV in UTF-8 with a byte-order mark (so Excel opens the diacritics right), the cells
 * written as the page prints them (1.234,5 and dd/MM/yyyy), quoted where needed.
 */
public final class CsvExport {

    private CsvExport() {
    }

    public static void write(DataTable table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                .setHeader(table.columns().stream().map(Column::label).toArray(String[]::new)).get())) {
            for (Map<String, Object> row : table.rows()) {
                for (Column column : table.columns()) {
                    printer.print(CellText.of(column, row.get(column.key())));
                }
                printer.println();
            }
        }
    }
}
