package vn.thanhhoa.cds.streams.measures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.thanhhoa.cds.catalog.measure.Condition;
import vn.thanhhoa.cds.catalog.measure.Derivation;
import vn.thanhhoa.cds.catalog.measure.Measure;
import vn.thanhhoa.cds.catalog.measure.MeasureType;
import vn.thanhhoa.cds.catalog.measure.Measures;

/**
 * One measure's derivation from the catalog, ready to apply to a record in its latest state: the
 * conditions (its own and those of the measures it lies within), the commune, the period and what
 * the entry adds.
 */
public record MeasureRule(Measure measure, Derivation derivation, List<Condition> conditions) {

    public static MeasureRule of(Measure measure, Measures measures) {
        Derivation derivation = measure.derivation().orElseThrow(() -> new IllegalArgumentException(measure.name() + " has no derivation"));
        List<Condition> conditions = new ArrayList<>(derivation.where());
        Optional<String> within = measure.within();
        while (within.isPresent()) {
            Measure outer = measures.measure(within.get()).orElseThrow();
            outer.derivation().ifPresent(d -> conditions.addAll(d.where()));
            within = outer.within();
        }
        return new MeasureRule(measure, derivation, List.copyOf(conditions));
    }

    public String name() {
        return measure.name();
    }

    public MeasureType type() {
        return measure.type();
    }

    /** The field whose distinct values are the entities (a dossier, a person, a reporter). */
    public String per() {
        return derivation.per().orElseThrow();
    }

    public String latest() {
        return derivation.latest().orElseThrow();
    }

    /**
     * Every record field the rule reads: the entity, the ordering time, what an entry adds (less the
     * fields the connector does not write yet), the period, the communes and the conditions, its own
     * and those of the measures it lies within. What an entity's latest state keeps.
     */
    public List<String> fields() {
        List<String> fields = new ArrayList<>();
        for (String field : derivation.fields()) {
            if (!derivation.pending().containsKey(field)) {
                fields.add(field);
            }
        }
        conditions.forEach(condition -> fields.add(condition.field()));
        return fields;
    }

    /** Whether the record, in its latest state, is an entry of the measure. */
    public boolean matches(EntityState record) {
        for (Condition condition : conditions) {
            boolean among = condition.values().contains(String.valueOf(RecordField.text(record, condition.field())));
            if (among == condition.negated()) {
                return false;
            }
        }
        return true;
    }

    /** What the record adds to the measure, or empty when it is no entry or placed in no period. */
    public Optional<Observation> observe(EntityState record) {
        if (record == null || !matches(record)) {
            return Optional.empty();
        }
        LocalDate day = RecordField.day(record, derivation.at().orElseThrow());
        if (day == null) {
            return Optional.empty();
        }
        String commune = null;
        boolean approximate = false;
        for (int i = 0; i < derivation.commune().size() && commune == null; i++) {
            String value = RecordField.text(record, derivation.commune().get(i));
            if (value != null && !value.isBlank()) {
                commune = value;
                approximate = i > 0;
            }
        }
        if (commune == null) {
            return Optional.empty();
        }
        double amount = 0;
        List<String> add = derivation.add().isEmpty() ? List.of("1") : derivation.add();
        for (String part : add) {
            // A field the connector does not write yet (the catalog lists it as pending) adds nothing.
            if (part.equals("1")) {
                amount += 1;
            } else if (!derivation.pending().containsKey(part)) {
                if (record.value(part) == null) {
                    return Optional.empty(); // a value reported missing ("-", empty) is no figure, never 0
                }
                amount += RecordField.number(record, part);
            }
        }
        // A flow is placed on its day (kept by day for the trailing window, summed into its month);
        // a stock on its month; a distinct count on its year.
        String period = measure.type() == MeasureType.DISTINCT ? String.valueOf(day.getYear())
                : measure.type() == MeasureType.FLOW ? day.toString()
                : day.getYear() + "-" + String.format("%02d", day.getMonthValue());
        String slot = measure.combine().isPresent() && measure.type() == MeasureType.STOCK ? String.valueOf(RecordField.text(record, per())) : "";
        return Optional.of(new Observation(commune, measure.name(), period, slot, amount, approximate, RecordField.time(record, latest())));
    }
}
