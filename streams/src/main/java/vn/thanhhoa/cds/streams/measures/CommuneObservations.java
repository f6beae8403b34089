package vn.thanhhoa.cds.streams.measures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The observations one raw record gives a commune, travelling together: one record on the
 * engine's internal topic per commune and raw record, instead of one per measure (a dossier's new
 * state touches a dozen measures), which is most of what the engine used to write and read again.
 */
public record CommuneObservations(String commune, List<Observation> observations) {

    public CommuneObservations {
        observations = List.copyOf(observations);
    }

    /** The observations grouped by their commune, in the order they came. */
    public static List<CommuneObservations> byCommune(List<Observation> observations) {
        Map<String, List<Observation>> byCommune = new LinkedHashMap<>();
        for (Observation observation : observations) {
            byCommune.computeIfAbsent(observation.commune(), c -> new ArrayList<>()).add(observation);
        }
        List<CommuneObservations> groups = new ArrayList<>(byCommune.size());
        byCommune.forEach((commune, list) -> groups.add(new CommuneObservations(commune, list)));
        return groups;
    }
}
