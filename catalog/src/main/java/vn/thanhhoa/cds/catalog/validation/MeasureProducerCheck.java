package vn.thanhhoa.cds.catalog.validation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.thanhhoa.cds.catalog.Catalog;
import vn.thanhhoa.cds.catalog.Origin;
import vn.thanhhoa.cds.catalog.indicator.Indicator;
import vn.thanhhoa.cds.catalog.measure.Measure;
import vn.thanhhoa.cds.catalog.measure.Source;
import vn.thanhhoa.cds.schemas.data.DataFinding;

/**
 * Every measure an indicator names must be produced by someone: a reference statistic admin-units
 * publishes under that very name, a record a connector writes (the measure's derivation says which
 * record and fields; {@link DerivationCheck} checks them against the Avro records), or a commune
 * declaration. A measure nobody produces would leave its indicator without a number all year.
 */
final class MeasureProducerCheck implements CatalogCheck {

    @Override
    public List<DataFinding> check(Catalog catalog) {
        Set<String> published = PublishedStatistics.measures();
        List<DataFinding> findings = new ArrayList<>();
        Set<String> reported = new LinkedHashSet<>();
        for (Scope scope : Scope.computed(catalog)) {
            Indicator indicator = scope.indicator();
            Origin at = indicator.computation().origin();
            List<String> names = new ArrayList<>();
            names.add(indicator.computation().numerator());
            indicator.computation().denominator().ifPresent(names::add);
            indicator.scoring().ifPresent(s -> s.parts().forEach(p -> p.tiers().forEach(t -> names.add(t.measure()))));
            for (String name : new LinkedHashSet<>(names)) {
                catalog.measures().measure(name).ifPresent(measure -> {
                    String problem = problem(catalog, measure, published);
                    if (problem != null && reported.add(at.file() + ":" + at.line() + ":" + name)) {
                        findings.add(Findings.error(at, Findings.field(indicator, "measure"),
                                "nobody produces measure '" + name + "': " + problem));
                    }
                });
            }
        }
        return findings;
    }

    /** Why no one produces the measure, or null when someone does. */
    private static String problem(Catalog catalog, Measure measure, Set<String> published) {
        if (!catalog.measures().sources().containsKey(measure.source())) {
            return null; // MeasureReferenceCheck reports the unknown source
        }
        return switch (measure.source()) {
            case Source.DECLARATION -> null;
            case Source.REFERENCE -> published.contains(measure.name()) ? null
                    : "admin-units publishes no reference statistic of that name (it publishes " + published + ")";
            default -> measure.derivation().isPresent() ? null
                    : "source " + measure.source() + " has no derivation saying which record and fields give it; "
                            + "give one, or make it declarable (source: declaration, interim: the feed that would give it)";
        };
    }
}
