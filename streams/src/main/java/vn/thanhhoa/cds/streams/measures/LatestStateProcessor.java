package vn.thanhhoa.cds.streams.measures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import vn.thanhhoa.cds.catalog.measure.MeasureType;
import vn.thanhhoa.cds.streams.serde.EntityStateLayout;

/**
 * Keeps every entity of a raw topic in its latest state and turns each change of state into
 * observations: what the old state contributed is taken away, what the new one contributes is
 * added. A dossier corrected ten times, delivered twice, or whose states arrive out of order or
 * days late therefore counts once, in the state its newest event time gives (raw topics are
 * at-least-once: a record seen again changes nothing).
 *
 * <p>Entities by kind of measure: a flow counts an entity (a dossier) once, wherever and whenever
 * its latest state puts it; a reported stock keeps one value per reporter, commune and month; a
 * distinct count keeps a person once per year, among the records that meet its conditions, in the
 * commune of the newest of them. All states of an entity must reach this processor's partition:
 * the topology repartitions a source by the entity's field where the record key is not made of it.
 *
 * <p>A state keeps only the fields the measures read ({@link EntityStateLayout}); a state an older
 * engine left in the store, the whole Avro record, is still read. A record that changes nothing (the
 * same state again, or an older one) writes nothing and gives nothing.
 */
public final class LatestStateProcessor<T extends SpecificRecord> implements Processor<String, T, String, CommuneObservations> {

    private final List<MeasureRule> rules;
    private final String storeName;
    private final Serde<T> stateSerde;
    private final EntityStateLayout layout;
    // Layouts other engines wrote states in (another catalog's field list), read from the store once each.
    private final Map<Integer, EntityStateLayout> earlierLayouts = new HashMap<>();
    private ProcessorContext<String, CommuneObservations> context;
    private KeyValueStore<String, byte[]> states;
    private boolean layoutDescribed;
    // The kept fields' positions in the records' schema, looked up once rather than per record.
    private org.apache.avro.Schema projected;
    private int[] positions;

    public LatestStateProcessor(List<MeasureRule> rules, String storeName, Serde<T> stateSerde) {
        this.rules = List.copyOf(rules);
        this.storeName = storeName;
        this.stateSerde = stateSerde;
        this.layout = layoutOf(rules);
    }

    /** The fields the rules read, each once, in the catalog's order. */
    private static EntityStateLayout layoutOf(List<MeasureRule> rules) {
        LinkedHashSet<String> fields = new LinkedHashSet<>();
        rules.forEach(rule -> fields.addAll(rule.fields()));
        return new EntityStateLayout(rules.getFirst().derivation().record(), List.copyOf(fields));
    }

    @Override
    public void init(ProcessorContext<String, CommuneObservations> context) {
        this.context = context;
        this.states = context.getStateStore(storeName);
        this.layoutDescribed = false;
    }

    @Override
    public void process(Record<String, T> record) {
        if (record.value() == null) {
            return;
        }
        if (record.value().getSchema() != projected) {
            positions = EntityState.positions(record.value().getSchema(), layout.fields());
            projected = record.value().getSchema();
        }
        EntityState state = EntityState.of(record.value(), layout.fields(), positions);
        List<Observation> changes = new ArrayList<>();
        List<MeasureRule> flows = new ArrayList<>();
        for (MeasureRule rule : rules) {
            if (rule.type() == MeasureType.FLOW) {
                flows.add(rule);
            } else if (rule.matches(state)) {
                rule.observe(state).ifPresent(seen -> replace(entityOf(rule, state, seen), state, List.of(rule), changes));
            }
        }
        if (!flows.isEmpty()) {
            MeasureRule first = flows.getFirst();
            replace("F|" + first.per() + "|" + RecordField.text(state, first.per()), state, flows, changes);
        }
        for (CommuneObservations group : CommuneObservations.byCommune(changes)) {
            context.forward(new Record<>(group.commune(), group, record.timestamp()));
        }
    }

    /** A stock's entity is a reporter's value for a commune and month; a distinct count's, a person in a year. */
    private static String entityOf(MeasureRule rule, EntityState state, Observation seen) {
        String kind = rule.type() == MeasureType.DISTINCT ? "D|" : "S|";
        return kind + rule.name() + "|" + RecordField.text(state, rule.per()) + "|" + (rule.type() == MeasureType.DISTINCT ? "" : seen.commune() + "|") + seen.period();
    }

    private void replace(String entity, EntityState state, List<MeasureRule> affected, List<Observation> changes) {
        byte[] written = layout.write(state);
        byte[] stored = states.get(entity);
        if (stored != null && Arrays.equals(stored, written)) {
            return; // the same state delivered again
        }
        EntityState old = stored == null ? null : read(stored);
        String latest = affected.getFirst().latest();
        if (old != null && (RecordField.time(old, latest) > RecordField.time(state, latest) || old.equals(state))) {
            return; // an older state arriving late, or the same state kept in another layout
        }
        if (!layoutDescribed) {
            if (states.get(layout.descriptorKey()) == null) {
                states.put(layout.descriptorKey(), layout.descriptor());
            }
            layoutDescribed = true;
        }
        states.put(entity, written);
        for (MeasureRule rule : affected) {
            Optional<Observation> before = rule.observe(old);
            Optional<Observation> after = rule.observe(state);
            changes.addAll(difference(before, after));
        }
    }

    /** A stored state: in this engine's layout, another field list's, or an older engine's whole Avro record. */
    private EntityState read(byte[] stored) {
        if (!EntityStateLayout.isCompact(stored)) {
            return EntityState.of(stateSerde.deserializer().deserialize(storeName, stored), layout.fields());
        }
        int id = EntityStateLayout.layoutOf(stored);
        if (id == layout.id()) {
            return layout.read(stored);
        }
        return earlierLayouts.computeIfAbsent(id, unknown -> {
            byte[] descriptor = states.get(EntityStateLayout.descriptorKey(unknown));
            if (descriptor == null) {
                throw new IllegalStateException(storeName + " holds a latest state of layout " + unknown + " whose field list is not in the store");
            }
            return EntityStateLayout.fromDescriptor(descriptor);
        }).read(stored);
    }

    /**
     * The observations that turn the old contribution into the new one. A new state that contributes
     * what the old one did still gives an observation (of nothing): the value is recomputed, so a
     * target changed since is applied to the next value and the newest event behind it is known.
     */
    static List<Observation> difference(Optional<Observation> before, Optional<Observation> after) {
        if (before.isPresent() && after.isPresent() && samePlace(before.get(), after.get())) {
            Observation a = after.get();
            return List.of(new Observation(a.commune(), a.measure(), a.period(), a.slot(), a.delta() - before.get().delta(), a.approximate(), a.eventTime()));
        }
        List<Observation> changes = new ArrayList<>(2);
        before.ifPresent(b -> changes.add(b.negated()));
        after.ifPresent(changes::add);
        return changes;
    }

    private static boolean samePlace(Observation a, Observation b) {
        return a.commune().equals(b.commune()) && a.period().equals(b.period()) && a.slot().equals(b.slot())
                && a.approximate() == b.approximate() && Objects.equals(a.measure(), b.measure());
    }
}
