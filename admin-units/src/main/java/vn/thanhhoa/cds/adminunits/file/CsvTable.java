package vn.thanhhoa.cds.adminunits.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import vn.thanhhoa.cds.schemas.data.DataFinding;

/**
 * A CSV classpath resource read into rows, plus an error for every row that could not be read.
 * Files are read by resource name, never by path, so that the data can move between modules
 * (and into a jar) without code changes.
 *
 * @param file     the resource name
 * @param rows     the well-formed rows, in file order
 * @param findings malformed rows, missing columns, a missing file
 */
public record CsvTable(String file, List<CsvRow> rows, List<DataFinding> findings) {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            // Kept so that a blank line is reported and line numbers stay equal to record numbers + 1.
            .setIgnoreEmptyLines(false)
            .get();

    public CsvTable {
        rows = List.copyOf(rows);
        findings = List.copyOf(findings);
    }

    /** Reads {@code file} with the class loader of this module; every column in {@code required} must be present. */
    public static CsvTable read(String file, List<String> required) {
        return read(file, required, CsvTable.class.getClassLoader());
    }

    public static CsvTable read(String file, List<String> required, ClassLoader loader) {
        InputStream in = loader.getResourceAsStream(file);
        if (in == null) {
            return new CsvTable(file, List.of(), List.of(DataFinding.error(file, 0, "", "resource not found on the classpath")));
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(file, required, reader);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
    }

    private static CsvTable parse(String file, List<String> required, Reader reader) throws IOException {
        List<CsvRow> rows = new ArrayList<>();
        List<DataFinding> findings = new ArrayList<>();
        CSVParser parser;
        try {
            parser = FORMAT.parse(reader);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            return new CsvTable(file, rows, List.of(DataFinding.error(file, 1, "", "unreadable header: " + e.getMessage())));
        }
        try (parser) {
            List<String> header = parser.getHeaderNames();
            List<String> missing = required.stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                return new CsvTable(file, rows, List.of(DataFinding.error(file, 1, "",
                        "missing column(s) " + missing + "; the header has " + header)));
            }
            Iterator<CSVRecord> records = parser.iterator();
            int lastLine = 1;
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    // The parser cannot resynchronise after a broken quote. The broken record starts on
                    // the line after the last good one (values never span lines in these files).
                    findings.add(DataFinding.error(file, lastLine + 1, "",
                            "malformed CSV, the rest of the file is unreadable: " + rootMessage(e)));
                    break;
                }
                int line = (int) record.getRecordNumber() + 1;
                lastLine = line;
                if (record.size() != header.size()) {
                    findings.add(DataFinding.error(file, line, "",
                            "malformed row: " + record.size() + " value(s) where the header has " + header.size()));
                    continue;
                }
                Map<String, String> values = new HashMap<>();
                String multiLine = null;
                for (String column : header) {
                    String value = record.get(column);
                    if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
                        multiLine = column;
                    }
                    values.put(column, value);
                }
                if (multiLine != null) {
                    findings.add(DataFinding.error(file, line, multiLine, "malformed row: a value spans several lines"));
                    continue;
                }
                rows.add(new CsvRow(new SourceLine(file, line), values));
            }
        }
        return new CsvTable(file, rows, findings);
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
