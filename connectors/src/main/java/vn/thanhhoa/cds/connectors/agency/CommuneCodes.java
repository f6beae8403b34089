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
 * Commune-level unit codes with their validity, for sources that name the commune directly (the
 * health system's MAXA_CU_TRU). A code is only meaningful with a date: new units reuse old codes.
 * File format (CSV with header): {@code commune_code,valid_from,valid_to}, {@code valid_to} empty when open.
 */
public final class CommuneCodes {

    private record Validity(LocalDate from, LocalDate to) {
        boolean covers(LocalDate date) {
            return !date.isBefore(from) && (to == null || !date.isAfter(to));
        }
    }

    private final Map<String, List<Validity>> codes;

    private CommuneCodes(Map<String, List<Validity>> codes) {
        this.codes = codes;
    }

    public boolean isValid(String code, LocalDate date) {
        return codes.getOrDefault(code, List.of()).stream().anyMatch(validity -> validity.covers(date));
    }

    public static CommuneCodes read(Path file, String setting) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(setting, file.toString(), "the commune code file cannot be read (" + e.getMessage() + ")");
        }
        Map<String, List<Validity>> codes = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            try {
                if (cells.length != 3 || cells[0].isBlank()) {
                    throw new IllegalArgumentException("expected commune_code,valid_from,valid_to");
                }
                codes.computeIfAbsent(cells[0].strip(), key -> new ArrayList<>())
                        .add(new Validity(LocalDate.parse(cells[1].strip()), cells[2].isBlank() ? null : LocalDate.parse(cells[2].strip())));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new ConfigException(setting, file.toString(), "line " + (i + 1) + " of the commune codes is malformed: " + e.getMessage());
            }
        }
        return new CommuneCodes(Map.copyOf(codes));
    }
}
