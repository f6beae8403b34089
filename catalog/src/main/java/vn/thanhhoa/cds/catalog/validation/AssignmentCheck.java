package vn.thanhhoa.cds.catalog.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.thanhhoa.cds.catalog.Catalog;
import vn.thanhhoa.cds.catalog.indicator.Direction;
import vn.thanhhoa.cds.catalog.indicator.Indicator;
import vn.thanhhoa.cds.catalog.indicator.IndicatorSet;
import vn.thanhhoa.cds.catalog.indicator.IndicatorVariant;
import vn.thanhhoa.cds.catalog.target.Assignment;
import vn.thanhhoa.cds.catalog.target.Footnote;
import vn.thanhhoa.cds.catalog.target.Target;
import vn.thanhhoa.cds.catalog.target.TargetOverride;
import vn.thanhhoa.cds.schemas.data.DataFinding;

/**
 * Commune assignments must point at a set, its codes and its years. Also reported: footnote
 * marks with no note, two figures printed for one target, and commune targets below the
 * province's.
 */
final class AssignmentCheck implements CatalogCheck {

    @Override
    public List<DataFinding> check(Catalog catalog) {
        List<DataFinding> findings = new ArrayList<>();
        for (Assignment assignment : catalog.assignments()) {
            Optional<IndicatorSet> set = catalog.set(assignment.setId());
            if (set.isEmpty()) {
                findings.add(Findings.error(assignment.origin(), "set",
                        "no indicator set '" + assignment.setId() + "' (known: " + catalog.sets().keySet() + ")"));
                continue;
            }
            for (int year : assignment.years()) {
                if (!set.get().covers(year)) {
                    findings.add(Findings.error(assignment.origin(), "years",
                            "set " + set.get().id() + " does not cover " + year));
                }
            }
            assignment.variants().forEach(v -> variant(set.get(), assignment, v, findings));
            assignment.overrides().forEach(o -> override(set.get(), assignment, o, findings));
            assignment.footnotes().forEach(f -> footnote(set.get(), f, findings));
            assignment.officers().keySet().stream()
                    .filter(code -> set.get().indicator(code).isEmpty())
                    .forEach(code -> findings.add(Findings.error(assignment.origin(), "officers." + code,
                            "no indicator '" + code + "' in set " + set.get().id())));
        }
        return findings;
    }

    /** A commune's own reading of an item is kept, and said, since the province default reads it otherwise. */
    private void variant(IndicatorSet set, Assignment assignment, IndicatorVariant v, List<DataFinding> findings) {
        String field = "variants " + v.code();
        Optional<Indicator> indicator = set.indicator(v.code());
        if (indicator.isEmpty()) {
            findings.add(Findings.error(v.origin(), field, "no indicator '" + v.code() + "' in set " + set.id()));
            return;
        }
        Indicator provincial = indicator.get();
        findings.add(Findings.warning(v.origin(), field, assignment.commune().name() + " evaluates " + v.code() + " as a "
                + v.kind().spelling() + " of " + v.computation().numerator()
                + v.computation().denominator().map(d -> " / " + d).orElse("") + " where the province default is a "
                + provincial.kind().spelling() + " of " + provincial.computation().numerator() + ": " + v.reason()));
    }

    private void override(IndicatorSet set, Assignment assignment, TargetOverride o, List<DataFinding> findings) {
        String field = "targets " + o.code() + " " + o.year();
        Optional<Indicator> indicator = set.indicator(o.code());
        if (indicator.isEmpty()) {
            findings.add(Findings.error(o.origin(), field, "no indicator '" + o.code() + "' in set " + set.id()));
            return;
        }
        if (!assignment.years().contains(o.year())) {
            findings.add(Findings.error(o.origin(), field, "year " + o.year() + " is not one of the assignment's years "
                    + assignment.years()));
        }
        o.conflictingPrinted().ifPresent(other -> findings.add(Findings.warning(o.origin(), field,
                "the document prints two targets: '" + o.target().printed() + "'" + o.printedIn().map(p -> " (" + p + ")").orElse("")
                        + " is used, it also prints '" + other + "'")));
        Optional<Target> provincial = indicator.get().target(o.year());
        if (provincial.isPresent() && indicator.get().direction() == Direction.AT_LEAST
                && provincial.get().operator().isNumeric() && o.target().operator().isNumeric()
                && o.target().value().orElseThrow().compareTo(provincial.get().value().orElseThrow()) < 0) {
            findings.add(Findings.warning(o.origin(), field, "the commune's target '" + o.target().printed()
                    + "' is below the province default '" + provincial.get().printed() + "' for " + o.year()));
        }
    }

    private void footnote(IndicatorSet set, Footnote f, List<DataFinding> findings) {
        String field = "footnotes " + f.code() + " " + f.year();
        Optional<Indicator> indicator = set.indicator(f.code());
        if (indicator.isEmpty()) {
            findings.add(Findings.error(f.origin(), field, "no indicator '" + f.code() + "' in set " + set.id()));
            return;
        }
        if (f.note().isEmpty()) {
            String fallback = indicator.get().target(f.year()).map(Target::printed).orElse("none");
            findings.add(Findings.warning(f.origin(), field, "the target cell prints only the footnote mark '"
                    + f.printed() + "' and the note is missing; the province default ('" + fallback + "') applies"));
        }
    }
}
