package vn.thanhhoa.cds.streams.indicators;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/** Keeps a global store equal to a compacted reference topic: the latest record per key, a tombstone removes it. */
public final class ReferenceStoreUpdater<V> implements Processor<String, V, Void, Void> {

    private final String storeName;
    private final ReferenceChanges changes;
    private KeyValueStore<String, V> store;

    public ReferenceStoreUpdater(String storeName, ReferenceChanges changes) {
        this.storeName = storeName;
        this.changes = changes;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, V> record) {
        if (record.value() == null) {
            store.delete(record.key());
        } else {
            store.put(record.key(), record.value());
        }
        changes.applied();
    }
}
