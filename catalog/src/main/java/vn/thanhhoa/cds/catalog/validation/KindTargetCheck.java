package vn.thanhhoa.cds.catalog.validation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.thanhhoa.cds.catalog.Catalog;
import vn.thanhhoa.cds.catalog.indicator.Indicator;
import vn.thanhhoa.cds.catalog.target.Assignment;
import vn.thanhhoa.cds.catalog.indicator.IndicatorKind;
import vn.thanhhoa.cds.catalog.target.Operator;
import vn.thanhhoa.cds.catalog.target.Target;
import vn.thanhhoa.cds.schemas.data.DataFinding;

/**
 * Targets whose form does not fit the indicator's kind: seed 000 prints 3.3 as a yes/no item
 * although everything else about it makes it a ratio. The printed form is kept, so warn.
 */
final class KindTargetCheck implements CatalogCheck {

    private static final Map<IndicatorKind, Set<Operator>> FITTING = Map.of(
            IndicatorKind.RATIO, EnumSet.of(Operator.AT_LEAST, Operator.MORE_THAN, Operator.AT_MOST, Operator.BETWEEN),
            IndicatorKind.COUNT, EnumSet.of(Operator.AT_LEAST, Operator.MORE_THAN, Operator.AT_MOST, Operator.BETWEEN,
                    Operator.ENCOURAGED),
            IndicatorKind.DECLARATION, EnumSet.of(Operator.EXISTS),
            IndicatorKind.SCORE, EnumSet.of(Operator.SCORE));

    @Override
    public List<DataFinding> check(Catalog catalog) {
        List<DataFinding> findings = new ArrayList<>();
        for (Scope scope : Scope.all(catalog)) {
            Indicator indicator = scope.indicator();
            Map<Integer, Target> misfits = indicator.targets().entrySet().stream()
                    .filter(e -> !FITTING.get(indicator.kind()).contains(e.getValue().operator()))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, java.util.TreeMap::new));
            if (misfits.isEmpty()) {
                continue;
            }
            Target first = misfits.values().iterator().next();
            String years = misfits.keySet().stream().map(String::valueOf).collect(Collectors.joining(", "));
            findings.add(Findings.warning(first.origin(), Findings.field(indicator, "kind"),
                    "kind is " + indicator.kind().spelling() + " but the target" + (misfits.size() > 1 ? "s" : "")
                            + " for " + years + " " + (misfits.size() > 1 ? "are" : "is") + " printed as "
                            + describe(first) + "; kept as printed"));
        }
        // A commune's own target must fit the item as that commune evaluates it (its variant, if any).
        for (Assignment assignment : catalog.assignments()) {
            catalog.set(assignment.setId()).ifPresent(set -> assignment.overrides().forEach(o ->
                    set.indicator(o.code()).map(i -> assignment.effective(i, o.year())).ifPresent(indicator -> {
                        if (!FITTING.get(indicator.kind()).contains(o.target().operator())) {
                            findings.add(Findings.warning(o.origin(), "targets " + o.code() + " " + o.year(),
                                    "the commune's target " + describe(o.target()) + " does not fit " + o.code()
                                            + ", a " + indicator.kind().spelling() + " here; give the assignment a variant"
                                            + " if the commune reads the item otherwise"));
                        }
                    })));
        }
        return findings;
    }

    private static String describe(Target target) {
        return switch (target.operator()) {
            case EXISTS -> "yes/no ('" + target.printed() + "')";
            case ENCOURAGED -> "encouraged, with no number";
            default -> "'" + target.printed() + "' (" + target.expression() + ")";
        };
    }
}
