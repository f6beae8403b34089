package vn.thanhhoa.cds.catalog.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import vn.thanhhoa.cds.catalog.indicator.Indicator;
import vn.thanhhoa.cds.catalog.indicator.IndicatorSet;
import vn.thanhhoa.cds.catalog.indicator.Organisation;
import vn.thanhhoa.cds.catalog.yaml.Node;
import vn.thanhhoa.cds.schemas.data.DataFinding;

/** Reads an indicator-set file. */
final class SetReader {

    private final Consumer<DataFinding> findings;
    private final IndicatorReader indicators;

    SetReader(Consumer<DataFinding> findings) {
        this.findings = findings;
        this.indicators = new IndicatorReader(findings);
    }

    Optional<IndicatorSet> read(Fields file) {
        file.rejectUnknown(Set.of("document", "set", "title", "years", "source", "recognition", "notes",
                "organisations", "indicators"));
        Optional<String> id = file.requiredText("set");
        List<Integer> years = new ArrayList<>();
        for (String text : file.texts("years")) {
            file.integer("years", text).ifPresent(years::add);
        }
        if (years.isEmpty()) {
            file.error("years", "a set needs the years it covers");
        }
        Map<String, Organisation> organisations = organisations(file, findings);
        List<Indicator> list = new ArrayList<>();
        file.list("indicators").ifPresentOrElse(nodes -> {
            for (int i = 0; i < nodes.items().size(); i++) {
                indicators.read(file.file(), nodes.items().get(i), "indicators[" + i + "]").ifPresent(list::add);
            }
        }, () -> file.error("indicators", "is required"));
        return id.map(set -> new IndicatorSet(set, file.text("title").orElse(set), years,
                file.text("source").orElse(""), organisations, list, file.origin()));
    }

    static Map<String, Organisation> organisations(Fields file, Consumer<DataFinding> findings) {
        Map<String, Organisation> organisations = new LinkedHashMap<>();
        file.mapping("organisations").ifPresent(map -> {
            for (Node.Entry entry : map.entries().values()) {
                Fields.of(file.file(), entry.value(), "organisations." + entry.key(), findings).ifPresent(o -> {
                    o.rejectUnknown(Set.of("name", "group"));
                    organisations.put(entry.key(),
                            new Organisation(entry.key(), o.text("name").orElse(entry.key()), o.text("group")));
                });
            }
        });
        return organisations;
    }
}
