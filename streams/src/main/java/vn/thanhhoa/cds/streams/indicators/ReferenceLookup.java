package vn.thanhhoa.cds.streams.indicators;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Reads a reference store (targets, statistics) through a copy of what was read, forgotten as soon
 * as any reference record is applied. The store keeps its records serialised, so each read was a
 * deserialisation; an evaluation reads the same few targets hundreds of times a second.
 */
public final class ReferenceLookup<V> {

    private final ReadOnlyKeyValueStore<String, V> store;
    private final ReferenceChanges changes;
    private final Map<String, Optional<V>> read = new HashMap<>();
    private long version = -1;

    public ReferenceLookup(ReadOnlyKeyValueStore<String, V> store, ReferenceChanges changes) {
        this.store = store;
        this.changes = changes;
    }

    public Optional<V> get(String key) {
        long now = changes.version();
        if (now != version) {
            read.clear();
            version = now;
        }
        return read.computeIfAbsent(key, k -> Optional.ofNullable(store.get(k)));
    }
}
