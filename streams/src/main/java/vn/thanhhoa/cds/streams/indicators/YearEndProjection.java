package vn.thanhhoa.cds.streams.indicators;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BiFunction;
import vn.thanhhoa.cds.catalog.indicator.Indicator;
import vn.thanhhoa.cds.catalog.indicator.IndicatorKind;
import vn.thanhhoa.cds.catalog.measure.MeasureType;
import vn.thanhhoa.cds.catalog.measure.Measures;
import vn.thanhhoa.cds.streams.windows.ValueWindows;
import vn.thanhhoa.cds.streams.windows.ValueWindows.Span;

/**
 * Where a year-to-date value of flows ends the year if the days left go as the recent days went: each
 * flow (the numerator, and the denominator when it is a flow too) gains its daily pace over the days
 * left, the pace being the trailing 30 days' figure / 30 (the year-to-date figure / days elapsed
 * early in the year, or for a flow declared without days). A ratio's numerator and denominator are
 * projected apart, so a commune whose recent months went worse than its first ones is projected
 * lower than it stands. A statistic or a stock divided by does not move. On 31 December (and for a
 * past year) the projection is the value.
 */
final class YearEndProjection {

    private final Measures measures;
    private final BiFunction<String, Span, Optional<MeasureValues.Figure>> figure;

    /** @param figure a measure's figure over a window, for the commune being evaluated */
    YearEndProjection(Measures measures, BiFunction<String, Span, Optional<MeasureValues.Figure>> figure) {
        this.measures = measures;
        this.figure = figure;
    }

    /** The projection of a year-to-date value, or none where the numerator is not a flow. */
    Optional<Double> of(Indicator indicator, Span yearToDate, double numerator, Double denominator) {
        if (!isFlow(indicator.computation().numerator())) {
            return Optional.empty();
        }
        LocalDate end = yearToDate.end();
        int elapsed = end.getDayOfYear();
        int left = end.lengthOfYear() - elapsed;
        double projectedNumerator = numerator + pace(indicator.computation().numerator(), end, numerator) * left;
        if (indicator.kind() != IndicatorKind.RATIO) {
            return Optional.of(projectedNumerator);
        }
        if (denominator == null) {
            return Optional.empty();
        }
        double projectedDenominator = indicator.computation().denominator().filter(this::isFlow)
                .map(d -> denominator + pace(d, end, denominator) * left).orElse(denominator);
        return projectedDenominator > 0 ? Optional.of(projectedNumerator / projectedDenominator * 100) : Optional.empty();
    }

    private double pace(String measure, LocalDate end, double yearToDate) {
        if (end.getDayOfYear() >= ValueWindows.TRAILING_DAYS) {
            Optional<MeasureValues.Figure> recent = figure.apply(measure, ValueWindows.trailing(end));
            if (recent.isPresent()) {
                return recent.get().value() / ValueWindows.TRAILING_DAYS;
            }
        }
        return yearToDate / end.getDayOfYear();
    }

    private boolean isFlow(String measure) {
        return measures.measure(measure).map(m -> m.type() == MeasureType.FLOW).orElse(false);
    }
}
