package vn.thanhhoa.cds.streams.measures;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import vn.thanhhoa.cds.catalog.Catalog;
import vn.thanhhoa.cds.catalog.indicator.Indicator;
import vn.thanhhoa.cds.catalog.measure.Source;
import vn.thanhhoa.cds.schemas.raw.Declaration;

/**
 * A commune's declarations, the latest per commune, indicator and year (and month, for an item
 * judged per month) replacing the earlier: the record key says which declaration a newer one
 * replaces. What a declaration gives is the catalog's: the indicator's numerator when the commune
 * declares it (1 or 0 for yes/no), its denominator when declared, and the other declared parts of a
 * score by measure name.
 */
public final class DeclarationProcessor implements Processor<String, Declaration, String, CommuneObservations> {

    private final Catalog catalog;
    private final String storeName;
    private final Serde<Declaration> stateSerde;
    private ProcessorContext<String, CommuneObservations> context;
    private KeyValueStore<String, byte[]> states;

    public DeclarationProcessor(Catalog catalog, String storeName, Serde<Declaration> stateSerde) {
        this.catalog = catalog;
        this.storeName = storeName;
        this.stateSerde = stateSerde;
    }

    @Override
    public void init(ProcessorContext<String, CommuneObservations> context) {
        this.context = context;
        this.states = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, Declaration> record) {
        Declaration declaration = record.value();
        if (declaration == null || record.key() == null) {
            return;
        }
        byte[] stored = states.get(record.key());
        Declaration old = stored == null ? null : stateSerde.deserializer().deserialize(storeName, stored);
        if (old != null && (old.getDeclaredAt().isAfter(declaration.getDeclaredAt()) || old.equals(declaration))) {
            return;
        }
        states.put(record.key(), stateSerde.serializer().serialize(storeName, declaration));
        Map<String, Observation> before = observations(old);
        Map<String, Observation> after = observations(declaration);
        java.util.List<Observation> changes = new java.util.ArrayList<>();
        for (String measure : union(before, after)) {
            changes.addAll(LatestStateProcessor.difference(Optional.ofNullable(before.get(measure)), Optional.ofNullable(after.get(measure))));
        }
        for (CommuneObservations group : CommuneObservations.byCommune(changes)) {
            context.forward(new Record<>(group.commune(), group, record.timestamp()));
        }
    }

    private Map<String, Observation> observations(Declaration declaration) {
        Map<String, Observation> observations = new LinkedHashMap<>();
        if (declaration == null) {
            return observations;
        }
        Optional<Indicator> indicator = catalog.set(declaration.getIndicatorSet()).flatMap(set -> set.indicator(declaration.getIndicatorCode()));
        if (indicator.isEmpty()) {
            return observations;
        }
        String period = declaration.getMonth() != null ? declaration.getMonth() : String.valueOf(declaration.getYear());
        long time = declaration.getDeclaredAt().toEpochMilli();
        String numerator = indicator.get().computation().numerator();
        // Not a ternary: mixing 1.0 with a Double unboxes it, and a number declared as missing would throw.
        Double numeratorValue = declaration.getValue();
        if (declaration.getMet() != null) {
            numeratorValue = declaration.getMet() ? 1.0 : 0.0;
        }
        if (numeratorValue != null && declared(numerator)) {
            observations.put(numerator, new Observation(declaration.getCommuneCode(), numerator, period, "", numeratorValue, false, time));
        }
        indicator.get().computation().denominator().filter(this::declared).ifPresent(denominator -> {
            if (declaration.getDenominatorValue() != null) {
                observations.put(denominator, new Observation(declaration.getCommuneCode(), denominator, period, "", declaration.getDenominatorValue(), false, time));
            }
        });
        declaration.getParts().forEach((measure, value) ->
                observations.put(measure, new Observation(declaration.getCommuneCode(), measure, period, "", value, false, time)));
        return observations;
    }

    private boolean declared(String measure) {
        return catalog.measures().measure(measure).map(m -> Source.DECLARATION.equals(m.source())).orElse(false);
    }

    private static java.util.Set<String> union(Map<String, Observation> a, Map<String, Observation> b) {
        java.util.Set<String> all = new java.util.LinkedHashSet<>(a.keySet());
        all.addAll(b.keySet());
        return all;
    }
}
