package vn.thanhhoa.cds.dashboards.declaration;

import java.util.List;
import java.util.Optional;
import vn.thanhhoa.cds.catalog.declaration.DeclarableIndicators;
import vn.thanhhoa.cds.catalog.indicator.Indicator;
import vn.thanhhoa.cds.catalog.indicator.IndicatorKind;
import vn.thanhhoa.cds.catalog.indicator.IndicatorSet;
import vn.thanhhoa.cds.catalog.indicator.Window;
import vn.thanhhoa.cds.catalog.measure.Measure;

/**
 * The declaration form of an indicator set: the indicators the catalog leaves to the commune's
 * declaration, each with the fields its form needs. Drawn from the same {@link DeclarableIndicators}
 * the declaration connector checks lines with, so the page never offers what the connector refuses.
 */
public final class DeclarationForm {

    /** What is asked for an indicator. */
    public enum Kind {
        /** Có / Không, with evidence behind a "Có". */
        YES_NO,
        /** The number counted, compared with the target. */
        COUNT,
        /** The number counted and the whole it is a share of. */
        COUNT_OF_WHOLE,
        /** Only the whole; the part comes from a system. */
        WHOLE_ONLY
    }

    /**
     * One indicator on the form.
     *
     * @param unit      the unit of the number typed, for a count; null for a ratio, whose unit (%) is the result's
     * @param monthly   whether a declaration names its month (2026 item 30)
     * @param counted   what the number counted is, in the catalog's words; null for a yes/no item
     * @param whole     what the whole is, when the commune declares it
     * @param parts     the other declared parts of a score (2026 item 29)
     */
    public record Item(String code, String name, String unit, Kind kind, boolean monthly, String counted, String whole, List<Part> parts) {
    }

    /** A declared part of a score: its measure name (the field), what it is, and whether it is Có/Không. */
    public record Part(String name, String label, boolean yesNo) {
    }

    private final DeclarableIndicators declarable;

    public DeclarationForm(DeclarableIndicators declarable) {
        this.declarable = declarable;
    }

    public DeclarableIndicators declarable() {
        return declarable;
    }

    /** The set's items, in the set's order; empty for a set the catalog does not have. */
    public List<Item> items(String setId) {
        return declarable.set(setId).map(set -> declarable.forms(set).stream().map(this::item).toList()).orElse(List.of());
    }

    /** The set and form of one indicator, or empty when the commune does not declare it. */
    public Optional<DeclarableIndicators.Form> form(String setId, String code) {
        Optional<IndicatorSet> set = declarable.set(setId);
        if (set.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(declarable.form(set.get(), code));
        } catch (DeclarableIndicators.NotDeclarable notDeclared) {
            return Optional.empty();
        }
    }

    static Kind kind(DeclarableIndicators.Form form) {
        if (form.yesNo()) {
            return Kind.YES_NO;
        }
        if (form.numeratorDeclared()) {
            return form.denominatorDeclared() ? Kind.COUNT_OF_WHOLE : Kind.COUNT;
        }
        return Kind.WHOLE_ONLY;
    }

    private Item item(DeclarableIndicators.Form form) {
        Indicator indicator = form.indicator();
        String counted = form.yesNo() ? null : description(indicator.computation().numerator());
        String whole = form.denominatorDeclared() ? indicator.computation().denominator().map(this::description).orElse(null) : null;
        List<Part> parts = form.parts().values().stream().map(m -> new Part(m.name(), m.description(), m.isYesNo())).toList();
        // A ratio's unit (%) is the result's, not the unit of the numbers the commune types.
        String unit = indicator.kind() == IndicatorKind.RATIO ? null : indicator.unit();
        return new Item(indicator.code(), indicator.name(), unit, kind(form), indicator.window() == Window.MONTH, counted, whole, parts);
    }

    private String description(String measure) {
        return declarable.catalog().measures().measure(measure).map(Measure::description).orElse(measure);
    }
}
