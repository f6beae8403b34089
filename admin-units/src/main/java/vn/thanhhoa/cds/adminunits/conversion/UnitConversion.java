package vn.thanhhoa.cds.adminunits.conversion;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The many-to-many mapping of the units valid the day before {@link #changeDate()} to the units
 * valid from it. Old codes are looked up as of the day before and new codes as of the change date,
 * which is what disambiguates a code the reform reused.
 */
public final class UnitConversion {

    private final LocalDate changeDate;
    private final List<ConversionEdge> edges;
    private final Map<String, List<Successor>> successors;
    private final Map<String, List<String>> predecessors;

    /** Built from validated data: every split old unit has a weight for each of its successors. */
    public UnitConversion(LocalDate changeDate, List<ConversionEdge> edges, List<SplitWeight> weights) {
        this.changeDate = changeDate;
        this.edges = List.copyOf(edges);
        Map<String, Long> weightOf = weights.stream()
                .collect(Collectors.toMap(w -> w.oldCode() + "→" + w.newCode(), SplitWeight::weight));
        Map<String, List<ConversionEdge>> byOld = this.edges.stream()
                .collect(Collectors.groupingBy(ConversionEdge::oldCode, LinkedHashMap::new, Collectors.toList()));
        Map<String, List<Successor>> successors = new LinkedHashMap<>();
        byOld.forEach((old, out) -> successors.put(old, out.stream()
                .sorted(Comparator.comparing(ConversionEdge::newCode))
                .map(e -> new Successor(e.newCode(),
                        out.size() == 1 ? 1 : weightOf.getOrDefault(old + "→" + e.newCode(), 1L), e.kind()))
                .toList()));
        this.successors = Map.copyOf(successors);
        this.predecessors = this.edges.stream().collect(Collectors.groupingBy(ConversionEdge::newCode,
                Collectors.collectingAndThen(Collectors.mapping(ConversionEdge::oldCode, Collectors.toList()),
                        l -> l.stream().sorted().toList())));
    }

    /** First day of the new units. */
    public LocalDate changeDate() {
        return changeDate;
    }

    /** Last day of the old units. */
    public LocalDate lastOldDay() {
        return changeDate.minusDays(1);
    }

    public List<ConversionEdge> edges() {
        return edges;
    }

    /** The new units that (part of) old unit {@code oldCode} went into, in code order; empty if unknown. */
    public List<Successor> successorsOf(String oldCode) {
        return successors.getOrDefault(oldCode, List.of());
    }

    /** Old codes whose territory (wholly or in part) makes new unit {@code newCode}. */
    public List<String> predecessorsOf(String newCode) {
        return predecessors.getOrDefault(newCode, List.of());
    }

    /**
     * Distributes a count observed for an old unit over its successors: whole units pass whole,
     * split units by their weights (largest remainder), so the parts always add up to {@code value}.
     */
    public Map<String, Long> apportion(String oldCode, long value) {
        List<Successor> out = successorsOf(oldCode);
        if (out.isEmpty()) {
            throw new IllegalArgumentException("old unit " + oldCode + " has no successor in the conversion of " + changeDate);
        }
        List<Long> parts = Apportionment.apportion(value, out.stream().map(Successor::weight).toList());
        Map<String, Long> result = new LinkedHashMap<>();
        for (int i = 0; i < out.size(); i++) {
            result.merge(out.get(i).newCode(), parts.get(i), Long::sum);
        }
        return result;
    }
}
