package vn.thanhhoa.cds.catalog.declaration;

import java.util.Map;
import java.util.Optional;
import vn.thanhhoa.cds.catalog.Catalog;
import vn.thanhhoa.cds.catalog.indicator.Indicator;
import vn.thanhhoa.cds.catalog.indicator.IndicatorSet;
import vn.thanhhoa.cds.catalog.measure.Measure;

/**
 * Which indicators a commune may declare, and what a declaration of each must carry, read from the
 * catalog: an indicator is declared when one of its measures comes from the {@code declaration}
 * source. Everything else is measured by a system or a report, and a declared number for it would
 * compete with the real one. The declaration connector checks each line against it, and the
 * dashboard's declaration page (dashboards, package declaration) draws its form from it: one rule for both.
 */
public final class DeclarableIndicators {

    public static final String DECLARATION_SOURCE = "declaration";

    private final Catalog catalog;

    public DeclarableIndicators(Catalog catalog) {
        this.catalog = catalog;
    }

    /**
     * What a line must carry for one declarable indicator.
     *
     * @param parts the other declared measures a score is computed from (2026 item 29: own section and
     *              link, both yes/no, beside the number of posts), by name; empty for most indicators
     */
    public record Form(Indicator indicator, boolean yesNo, boolean numeratorDeclared, boolean denominatorDeclared, Map<String, Measure> parts) {
        public Form {
            parts = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(parts));
        }
    }

    /** The set, or empty when the catalog has no set of that id. */
    public Optional<IndicatorSet> set(String id) {
        return Optional.ofNullable(catalog.sets().get(id));
    }

    /**
     * The form of {@code code} in {@code set}, or a reason it cannot be declared (thrown as
     * {@link NotDeclarable}): no such indicator, or one measured from another source.
     */
    public Form form(IndicatorSet set, String code) throws NotDeclarable {
        Indicator indicator = set.indicator(code)
                .orElseThrow(() -> new NotDeclarable("maChiTieu '" + code + "' is not an indicator of set " + set.id()));
        Optional<Measure> numerator = catalog.measures().measure(indicator.computation().numerator());
        Optional<Measure> denominator = indicator.computation().denominator().flatMap(name -> catalog.measures().measure(name));
        boolean numeratorDeclared = numerator.filter(m -> m.source().equals(DECLARATION_SOURCE)).isPresent();
        boolean denominatorDeclared = denominator.filter(m -> m.source().equals(DECLARATION_SOURCE)).isPresent();
        if (!numeratorDeclared && !denominatorDeclared) {
            String from = numerator.map(Measure::source).orElse("another source");
            throw new NotDeclarable("indicator " + code + " of set " + set.id() + " is measured from " + from + " data, not declared by the commune");
        }
        Map<String, Measure> parts = new java.util.TreeMap<>();
        indicator.scoring().ifPresent(scoring -> scoring.parts().forEach(part -> part.tiers().forEach(tier ->
                catalog.measures().measure(tier.measure())
                        .filter(measure -> measure.source().equals(DECLARATION_SOURCE))
                        .filter(measure -> !measure.name().equals(indicator.computation().numerator()))
                        .ifPresent(measure -> parts.put(measure.name(), measure)))));
        return new Form(indicator, numeratorDeclared && numerator.get().isYesNo(), numeratorDeclared, denominatorDeclared, parts);
    }

    /** Every indicator of the set a commune declares, in the set's order, each with its form: what a declaration page offers. */
    public java.util.List<Form> forms(IndicatorSet set) {
        java.util.List<Form> forms = new java.util.ArrayList<>();
        for (Indicator indicator : set.indicators()) {
            try {
                forms.add(form(set, indicator.code()));
            } catch (NotDeclarable measured) {
                // measured by a system or a report: not on a declaration form
            }
        }
        return java.util.List.copyOf(forms);
    }

    /** The catalog these forms are read from. */
    public Catalog catalog() {
        return catalog;
    }

    /** An indicator code the commune cannot declare in that set, with the reason. */
    public static final class NotDeclarable extends Exception {
        public NotDeclarable(String reason) {
            super(reason, null, false, false);
        }
    }
}
