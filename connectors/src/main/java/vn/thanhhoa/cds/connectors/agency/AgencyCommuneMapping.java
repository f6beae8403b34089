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
import java.util.Optional;
import org.apache.kafka.common.config.ConfigException;

/**
 * Which commune-level unit a processing agency belongs to on a date. The source systems name the
 * agency (codes ending in H56), never the commune; the 2025 reform changed the units, so every
 * mapping carries its validity. File format (CSV with header):
 * {@code agency_code,commune_code,valid_from,valid_to} with ISO dates, {@code valid_to} empty when open.
 */
public final class AgencyCommuneMapping {

    private record Entry(String communeCode, LocalDate validFrom, LocalDate validTo) {
        boolean covers(LocalDate date) {
            return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
        }
    }

    private final Map<String, List<Entry>> entries;

    private AgencyCommuneMapping(Map<String, List<Entry>> entries) {
        this.entries = entries;
    }

    public Optional<String> communeOf(String agencyCode, LocalDate date) {
        return entries.getOrDefault(agencyCode, List.of()).stream().filter(entry -> entry.covers(date)).map(Entry::communeCode).findFirst();
    }

    public int size() {
        return entries.values().stream().mapToInt(List::size).sum();
    }

    /** Reads the mapping; any malformed row is a configuration error naming the setting, file and line. */
    public static AgencyCommuneMapping read(Path file, String setting) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(setting, file.toString(), "the agency mapping file cannot be read (" + e.getMessage() + ")");
        }
        Map<String, List<Entry>> entries = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            try {
                if (cells.length != 4 || cells[0].isBlank() || cells[1].isBlank()) {
                    throw new IllegalArgumentException("expected agency_code,commune_code,valid_from,valid_to");
                }
                LocalDate validTo = cells[3].isBlank() ? null : LocalDate.parse(cells[3].strip());
                entries.computeIfAbsent(cells[0].strip(), key -> new ArrayList<>())
                        .add(new Entry(cells[1].strip(), LocalDate.parse(cells[2].strip()), validTo));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new ConfigException(setting, file.toString(), "line " + (i + 1) + " of the agency mapping is malformed: " + e.getMessage());
            }
        }
        return new AgencyCommuneMapping(Map.copyOf(entries));
    }
}
