package vn.thanhhoa.cds.catalog.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.thanhhoa.cds.catalog.Origin;

/**
 * How the indicator engine gets a measure from the records a connector writes, in terms it can
 * follow without reading prose. Field names are those of the Avro record.
 *
 * <p>The engine keeps one entry per distinct value of {@code per} (a dossier, a document, a person,
 * a reporter) in its latest state by {@code latest}, keeps the entries that meet every condition
 * of {@code where} (and those of the measure this one is {@code within}), places each in a window by
 * its {@code at} timestamp, and adds up what each contributes ({@code add}: 1 per entry, or the sum
 * of the named numeric fields). The commune is the first non-empty field of {@code commune}; a value
 * found through a later one is an approximation and is flagged as such.
 *
 * @param record  the Avro record (raw topic) the measure is read from, e.g. DossierStatusChanged
 * @param span    for a distinct count judged as of a day: how far back it looks (e.g. trailing-12-months)
 * @param pending fields the derivation needs that the connector does not write yet, with what each
 *                must carry; until then the engine cannot compute the measure exactly
 */
public record Derivation(String record, Optional<String> per, Optional<String> latest, List<String> add,
                         Optional<String> at, List<String> commune, List<Condition> where, Optional<String> span,
                         Map<String, String> pending, Optional<String> note, Origin origin) {

    public Derivation {
        add = List.copyOf(add);
        commune = List.copyOf(commune);
        where = List.copyOf(where);
        pending = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(pending));
    }

    /** Every record field the derivation names, in the order written; {@code add: 1} names none. */
    public List<String> fields() {
        List<String> fields = new ArrayList<>();
        per.ifPresent(fields::add);
        latest.ifPresent(fields::add);
        add.stream().filter(a -> !a.equals("1")).forEach(fields::add);
        at.ifPresent(fields::add);
        fields.addAll(commune);
        where.forEach(c -> fields.add(c.field()));
        return fields;
    }
}
