package vn.thanhhoa.cds.catalog.target;

import vn.thanhhoa.cds.catalog.indicator.Indicator;

/**
 * The target that applies to an indicator in a year: the province default, or the commune's own.
 *
 * @param communeSpecific whether it comes from a commune assignment rather than the set
 */
public record EffectiveTarget(Indicator indicator, int year, Target target, boolean communeSpecific) {}
