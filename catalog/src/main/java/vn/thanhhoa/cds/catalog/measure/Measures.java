package vn.thanhhoa.cds.catalog.measure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The measures file: sources and the measures they produce, by name. */
public record Measures(Map<String, Source> sources, Map<String, Measure> byName) {

    public Measures {
        sources = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        byName = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byName));
    }

    public static Measures none() {
        return new Measures(Map.of(), Map.of());
    }

    public Optional<Measure> measure(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The measure, if it is listed and its source is a known one. */
    public Optional<Measure> produced(String name) {
        return measure(name).filter(m -> sources.containsKey(m.source()));
    }
}
