package vn.thanhhoa.cds.catalog.target;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.thanhhoa.cds.catalog.Origin;
import vn.thanhhoa.cds.catalog.indicator.Indicator;
import vn.thanhhoa.cds.catalog.indicator.IndicatorVariant;
import vn.thanhhoa.cds.catalog.indicator.Organisation;

/**
 * A commune's assignment of a set for some years: its own targets where they differ from the
 * province defaults, its own definition of an indicator where it reads one differently (3.3),
 * indicators of its own, and the named officer per indicator where known.
 */
public record Assignment(String setId, CommuneRef commune, List<Integer> years, String source,
                         List<TargetOverride> overrides, List<IndicatorVariant> variants, List<Footnote> footnotes,
                         Map<String, String> officers,
                         List<Indicator> extraIndicators, Map<String, Organisation> organisations,
                         Origin origin) {

    public Assignment {
        years = List.copyOf(years);
        overrides = List.copyOf(overrides);
        variants = List.copyOf(variants);
        footnotes = List.copyOf(footnotes);
        officers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(officers));
        extraIndicators = List.copyOf(extraIndicators);
        organisations = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(organisations));
    }

    public boolean appliesTo(String setId, String communeCode, LocalDate on) {
        return this.setId.equals(setId) && commune.denotes(communeCode, on);
    }

    public Optional<IndicatorVariant> variant(String code) {
        return variants.stream().filter(v -> v.code().equals(code)).findFirst();
    }

    /** The indicator as this commune evaluates it in {@code year}: its own variant in its years, else the set's. */
    public Indicator effective(Indicator indicator, int year) {
        if (!years.contains(year)) {
            return indicator;
        }
        return variant(indicator.code()).map(indicator::as).orElse(indicator);
    }

    public Optional<TargetOverride> override(String code, int year) {
        return overrides.stream().filter(o -> o.code().equals(code) && o.year() == year).findFirst();
    }
}
