package vn.thanhhoa.cds.connectors.agency;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which commune-level unit a processing agency belongs to on a date. The source systems name the
 * agency (codes ending in H56), never the commune; the 2025 reform changed the units, so every
 * mapping carries its validity. File: {@code agency_code,commune_code,valid_from,valid_to}.
 */
public final class AgencyCommuneMapping {

    private final Map<String, List<DatedCodeFile.DatedRow>> entries;

    private AgencyCommuneMapping(Map<String, List<DatedCodeFile.DatedRow>> entries) {
        this.entries = entries;
    }

    public Optional<String> communeOf(String agencyCode, LocalDate date) {
        return entries.getOrDefault(agencyCode, List.of()).stream().filter(row -> row.covers(date)).map(row -> row.values().getFirst()).findFirst();
    }

    public int size() {
        return entries.values().stream().mapToInt(List::size).sum();
    }

    public static AgencyCommuneMapping read(Path file, String setting) {
        return new AgencyCommuneMapping(DatedCodeFile.read(file, setting, "agency_code,commune_code,valid_from,valid_to"));
    }
}
