package vn.thanhhoa.cds.catalog.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import vn.thanhhoa.cds.catalog.Origin;
import vn.thanhhoa.cds.catalog.indicator.Indicator;
import vn.thanhhoa.cds.catalog.indicator.IndicatorVariant;
import vn.thanhhoa.cds.catalog.target.Assignment;
import vn.thanhhoa.cds.catalog.target.CommuneRef;
import vn.thanhhoa.cds.catalog.target.Footnote;
import vn.thanhhoa.cds.catalog.target.Target;
import vn.thanhhoa.cds.catalog.target.TargetOverride;
import vn.thanhhoa.cds.catalog.yaml.Node;
import vn.thanhhoa.cds.schemas.data.DataFinding;

/** Reads a commune assignment file. */
final class AssignmentReader {

    private final Consumer<DataFinding> findings;
    private final IndicatorReader indicators;

    AssignmentReader(Consumer<DataFinding> findings) {
        this.findings = findings;
        this.indicators = new IndicatorReader(findings);
    }

    Optional<Assignment> read(Fields file) {
        file.rejectUnknown(Set.of("document", "set", "commune", "years", "source", "targets", "footnotes",
                "officers", "extraIndicators", "organisations", "variants"));
        Optional<String> set = file.requiredText("set");
        Optional<CommuneRef> commune = file.mapping("commune")
                .flatMap(node -> Fields.of(file.file(), node, "commune", findings))
                .flatMap(this::commune);
        if (!file.has("commune")) {
            file.error("commune", "is required: the commune's code and the dates its unit is valid");
        }
        List<Integer> years = new ArrayList<>();
        for (String text : file.texts("years")) {
            file.integer("years", text).ifPresent(years::add);
        }
        List<TargetOverride> overrides = new ArrayList<>();
        file.list("targets").ifPresent(list -> eachMap(file, list, "targets", t -> override(t).ifPresent(overrides::add)));
        List<IndicatorVariant> variants = new ArrayList<>();
        file.list("variants").ifPresent(list -> {
            for (int i = 0; i < list.items().size(); i++) {
                indicators.variant(file.file(), list.items().get(i), "variants[" + i + "]").ifPresent(variants::add);
            }
        });
        List<Footnote> footnotes = new ArrayList<>();
        file.list("footnotes").ifPresent(list -> eachMap(file, list, "footnotes", t -> footnote(t).ifPresent(footnotes::add)));
        Map<String, String> officers = new LinkedHashMap<>();
        file.mapping("officers").ifPresent(map -> map.entries().values().forEach(entry -> {
            if (entry.value() instanceof Node.ScalarNode scalar && scalar.text() != null) {
                officers.put(entry.key(), scalar.text());
            } else {
                file.errorAt(entry.keyLine(), "officers." + entry.key(), "expected the officer's name");
            }
        }));
        List<Indicator> extras = new ArrayList<>();
        file.list("extraIndicators").ifPresent(list -> {
            for (int i = 0; i < list.items().size(); i++) {
                indicators.read(file.file(), list.items().get(i), "extraIndicators[" + i + "]").ifPresent(extras::add);
            }
        });
        if (set.isEmpty() || commune.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Assignment(set.get(), commune.get(), years, file.text("source").orElse(""), overrides,
                variants, footnotes, officers, extras, SetReader.organisations(file, findings), file.origin()));
    }

    private void eachMap(Fields file, Node.ListNode list, String key, Consumer<Fields> reader) {
        for (int i = 0; i < list.items().size(); i++) {
            Fields.of(file.file(), list.items().get(i), key + "[" + i + "]", findings).ifPresent(reader);
        }
    }

    private Optional<CommuneRef> commune(Fields c) {
        c.rejectUnknown(Set.of("code", "name", "namePrinted", "validFrom", "validTo"));
        Optional<String> code = c.requiredText("code");
        code.filter(text -> !text.matches("\\d{5}"))
                .ifPresent(text -> c.error("code", "'" + text + "' is not a 5-digit commune code"));
        Optional<String> name = c.requiredText("name");
        Optional<java.time.LocalDate> from = c.date("validFrom");
        Optional<java.time.LocalDate> to = c.date("validTo");
        if (!c.has("validFrom") && !c.has("validTo")) {
            c.error("code", "a commune code is ambiguous without the dates its unit is valid: give validFrom or validTo");
        }
        if (code.isEmpty() || name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CommuneRef(code.get(), name.get(), c.text("namePrinted"), from, to));
    }

    private Optional<TargetOverride> override(Fields t) {
        t.rejectUnknown(Set.of("code", "year", "target", "printed", "printedIn", "conflictingPrinted"));
        Optional<String> code = t.requiredText("code");
        Optional<Integer> year = t.requiredText("year").flatMap(text -> t.integer("year", text));
        Optional<String> expression = t.requiredText("target");
        Optional<Target> target = expression.flatMap(e -> {
            Optional<Target> parsed = TargetExpression.parse(e, t.text("printed"), "%", new Origin(t.file(), t.line("target")));
            if (parsed.isEmpty()) {
                t.error("target", "cannot read target '" + e + "': " + TargetExpression.syntaxHelp());
            }
            return parsed;
        });
        if (code.isEmpty() || year.isEmpty() || target.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TargetOverride(code.get(), year.get(), target.get(), t.text("printedIn"),
                t.text("conflictingPrinted"), t.origin()));
    }

    private Optional<Footnote> footnote(Fields t) {
        t.rejectUnknown(Set.of("code", "year", "printed", "note"));
        Optional<String> code = t.requiredText("code");
        Optional<Integer> year = t.requiredText("year").flatMap(text -> t.integer("year", text));
        if (code.isEmpty() || year.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Footnote(code.get(), year.get(), t.text("printed").orElse("*"), t.text("note"),
                t.origin()));
    }
}
