package vn.thanhhoa.cds.catalog.load;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import vn.thanhhoa.cds.catalog.measure.Combine;
import vn.thanhhoa.cds.catalog.measure.CombineRule;
import vn.thanhhoa.cds.catalog.measure.Derivation;
import vn.thanhhoa.cds.catalog.measure.Measure;
import vn.thanhhoa.cds.catalog.measure.MeasureType;
import vn.thanhhoa.cds.catalog.measure.Source;
import vn.thanhhoa.cds.schemas.data.DataFinding;

/** Reads a measures file into the given maps, reporting duplicates across files too. */
final class MeasuresReader {

    private final Consumer<DataFinding> findings;
    private final DerivationReader derivations;

    MeasuresReader(Consumer<DataFinding> findings) {
        this.findings = findings;
        this.derivations = new DerivationReader(findings);
    }

    void read(Fields file, Map<String, Source> sources, Map<String, Measure> measures) {
        file.rejectUnknown(Set.of("document", "sources", "measures"));
        file.list("sources").ifPresent(list -> {
            for (int i = 0; i < list.items().size(); i++) {
                Fields.of(file.file(), list.items().get(i), "sources[" + i + "]", findings).ifPresent(s -> {
                    s.rejectUnknown(Set.of("id", "name", "records"));
                    s.requiredText("id").ifPresent(id -> {
                        Source source = new Source(id, s.text("name").orElse(id), s.texts("records"), s.origin());
                        Source previous = sources.putIfAbsent(id, source);
                        if (previous != null) {
                            s.error("id", "duplicate source '" + id + "' (first at " + where(previous.origin()) + ")");
                        }
                    });
                });
            }
        });
        file.list("measures").ifPresent(list -> {
            for (int i = 0; i < list.items().size(); i++) {
                Fields.of(file.file(), list.items().get(i), "measures[" + i + "]", findings)
                        .flatMap(this::measure)
                        .ifPresent(m -> {
                            Measure previous = measures.putIfAbsent(m.name(), m);
                            if (previous != null) {
                                findings.accept(DataFinding.error(m.origin().file(), m.origin().line(), "name",
                                        "duplicate measure '" + m.name() + "' (first at " + where(previous.origin()) + ")"));
                            }
                        });
            }
        });
    }

    private Optional<Measure> measure(Fields m) {
        m.rejectUnknown(Set.of("name", "unit", "type", "source", "description", "within", "combine", "combineReason",
                "derivation", "interim"));
        Optional<String> name = m.requiredText("name");
        Optional<String> unit = m.requiredText("unit");
        Optional<MeasureType> type = m.requiredText("type").flatMap(text -> {
            Optional<MeasureType> parsed = MeasureType.parse(text);
            if (parsed.isEmpty()) {
                m.error("type", "unknown type '" + text + "' (expected flow, stock or distinct)");
            }
            return parsed;
        });
        Optional<Combine> combine = m.text("combine").flatMap(text -> {
            Optional<CombineRule> rule = CombineRule.parse(text);
            if (rule.isEmpty()) {
                m.error("combine", "unknown rule '" + text + "' (expected sum or max)");
                return Optional.empty();
            }
            Optional<String> reason = m.text("combineReason");
            if (reason.isEmpty() || reason.get().isBlank()) {
                m.error("combine", "write the reason for the rule beside it (combineReason)");
            }
            return Optional.of(new Combine(rule.get(), reason.orElse("")));
        });
        if (m.has("combineReason") && !m.has("combine")) {
            m.error("combineReason", "a reason without a combine rule");
        }
        Optional<Derivation> derivation = derivations.read(m);
        // A measure without a source is kept, so that the check naming "no source produces it" reports it once.
        String source = m.text("source").orElse("");
        if (name.isEmpty() || unit.isEmpty() || type.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Measure(name.get(), unit.get(), type.get(), source, m.text("description").orElse(""),
                m.text("within"), combine, derivation, m.text("interim"), m.origin()));
    }

    static String where(vn.thanhhoa.cds.catalog.Origin origin) {
        return origin.file() + ":" + origin.line();
    }
}
