package vn.thanhhoa.cds.connectors.agency;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;

/**
 * A reference CSV of codes valid for a period: {@code code[,value…],valid_from,valid_to} with a
 * header line, ISO dates, {@code valid_to} empty while valid. Codes are keyed with their period
 * because the 2025 reform reused old codes for new units.
 */
final class DatedCodeFile {

    /** One row: the values between the code and the dates, and the period. */
    record DatedRow(List<String> values, LocalDate from, LocalDate to) {
        boolean covers(LocalDate date) {
            return !date.isBefore(from) && (to == null || !date.isAfter(to));
        }
    }

    private DatedCodeFile() {
    }

    /** Rows by code; a malformed row is a configuration error naming the setting, file and line. */
    static Map<String, List<DatedRow>> read(Path file, String setting, String expectedHeader) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(setting, file.toString(), "the file cannot be read (" + e.getMessage() + ")");
        }
        int columns = expectedHeader.split(",").length;
        Map<String, List<DatedRow>> rows = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            try {
                if (cells.length != columns || cells[0].isBlank()) {
                    throw new IllegalArgumentException("expected " + expectedHeader);
                }
                List<String> values = new ArrayList<>();
                for (int c = 1; c < columns - 2; c++) {
                    if (cells[c].isBlank()) {
                        throw new IllegalArgumentException("expected " + expectedHeader);
                    }
                    values.add(cells[c].strip());
                }
                LocalDate to = cells[columns - 1].isBlank() ? null : LocalDate.parse(cells[columns - 1].strip());
                rows.computeIfAbsent(cells[0].strip(), key -> new ArrayList<>())
                        .add(new DatedRow(List.copyOf(values), LocalDate.parse(cells[columns - 2].strip()), to));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new ConfigException(setting, file.toString(), "line " + (i + 1) + " is malformed: " + e.getMessage());
            }
        }
        return Map.copyOf(rows);
    }
}
