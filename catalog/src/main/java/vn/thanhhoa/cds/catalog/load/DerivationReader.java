package vn.thanhhoa.cds.catalog.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import vn.thanhhoa.cds.catalog.measure.Condition;
import vn.thanhhoa.cds.catalog.measure.Derivation;
import vn.thanhhoa.cds.catalog.yaml.Node;
import vn.thanhhoa.cds.schemas.data.DataFinding;

/**
 * Reads a measure's {@code derivation} map. Whether the record and its fields exist is checked
 * after loading, against the Avro records (validation), so that all files are read first.
 */
final class DerivationReader {

    private static final Set<String> KEYS = Set.of("record", "per", "latest", "add", "at", "commune", "where", "span",
            "pending", "note");

    private final Consumer<DataFinding> findings;

    DerivationReader(Consumer<DataFinding> findings) {
        this.findings = findings;
    }

    Optional<Derivation> read(Fields measure) {
        Optional<Node.MapNode> node = measure.mapping("derivation");
        if (node.isEmpty()) {
            return Optional.empty();
        }
        Fields d = new Fields(measure.file(), node.get(), measure.path("derivation"), findings);
        d.rejectUnknown(KEYS);
        Optional<String> record = d.requiredText("record");
        List<String> add = d.has("add") ? d.texts("add") : List.of("1");
        List<Condition> where = new ArrayList<>();
        d.mapping("where").ifPresent(map -> map.entries().values().forEach(entry -> condition(d, entry).ifPresent(where::add)));
        Map<String, String> pending = new LinkedHashMap<>();
        d.mapping("pending").ifPresent(map -> map.entries().values().forEach(entry -> {
            if (entry.value() instanceof Node.ScalarNode scalar && scalar.text() != null) {
                pending.put(entry.key(), scalar.text());
            } else {
                d.errorAt(entry.keyLine(), d.path("pending") + "." + entry.key(), "say what the field must carry");
            }
        }));
        return record.map(r -> new Derivation(r, d.text("per"), d.text("latest"), add, d.text("at"), d.texts("commune"),
                where, d.text("span"), pending, d.text("note"), d.origin()));
    }

    /** {@code field: value}, {@code field: [a, b]} (one of), {@code field: {not: value-or-list}}. */
    private Optional<Condition> condition(Fields d, Node.Entry entry) {
        String path = d.path("where") + "." + entry.key();
        Node value = entry.value();
        if (value instanceof Node.MapNode map) {
            Fields not = new Fields(d.file(), map, path, findings);
            not.rejectUnknown(Set.of("not"));
            List<String> values = not.texts("not");
            if (values.isEmpty()) {
                d.errorAt(entry.keyLine(), path, "write {not: value} or {not: [values]}");
                return Optional.empty();
            }
            return Optional.of(new Condition(entry.key(), true, values));
        }
        List<String> values = new ArrayList<>();
        if (value instanceof Node.ScalarNode scalar && scalar.text() != null) {
            values.add(scalar.text());
        } else if (value instanceof Node.ListNode list) {
            list.items().forEach(item -> {
                if (item instanceof Node.ScalarNode scalar && scalar.text() != null) {
                    values.add(scalar.text());
                }
            });
        }
        if (values.isEmpty()) {
            d.errorAt(entry.keyLine(), path, "a condition needs a value, a list of values or {not: …}");
            return Optional.empty();
        }
        return Optional.of(new Condition(entry.key(), false, values));
    }
}
