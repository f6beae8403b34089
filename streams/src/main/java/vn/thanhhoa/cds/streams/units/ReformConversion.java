package vn.thanhhoa.cds.streams.units;

import java.util.List;
import vn.thanhhoa.cds.adminunits.conversion.Successor;
import vn.thanhhoa.cds.adminunits.conversion.UnitConversion;
import vn.thanhhoa.cds.catalog.measure.MeasureType;
import vn.thanhhoa.cds.catalog.measure.Measures;
import vn.thanhhoa.cds.streams.measures.CommuneObservations;
import vn.thanhhoa.cds.streams.measures.Observation;

/**
 * The 1 July 2025 reform applied to what is counted: a year is assessed on the units valid at its
 * end, so a flow of the reform's year counted by an old commune before the change (its events carry
 * the code valid on their date) is counted by the new commune(s) it went into, as the conversion in
 * admin-units declares: whole into the one, or a split commune shared by the declared weights (an
 * event of a commune split 1:1 is half an event in each). The parts add up to the whole, so the
 * province's totals are the same whichever units they are summed over. Years before the reform stay
 * on their old communes and districts.
 *
 * <p>Flows only: a stock is as of a day (the year's end, in the new units), a distinct count is the
 * people of the new commune's own records, and a declaration of the year is the declaring unit's.
 */
public final class ReformConversion {

    private final UnitConversion conversion;
    private final Measures measures;
    private final String changeYear;
    private final String changeMonth;
    private final String changeDay;

    public ReformConversion(UnitConversion conversion, Measures measures) {
        this.conversion = conversion;
        this.measures = measures;
        this.changeDay = conversion.changeDate().toString();
        this.changeMonth = changeDay.substring(0, 7);
        this.changeYear = changeDay.substring(0, 4);
    }

    /** A commune's observations on the units valid at their year's end, grouped again by commune. */
    public List<CommuneObservations> onUnitsOfTheirYear(CommuneObservations observations) {
        List<Observation> moved = new java.util.ArrayList<>(observations.observations().size());
        for (Observation observation : observations.observations()) {
            moved.addAll(onUnitsOfItsYear(observation));
        }
        return CommuneObservations.byCommune(moved);
    }

    /** The observation on the units valid at its year's end: itself, or its shares of the successors. */
    public List<Observation> onUnitsOfItsYear(Observation observation) {
        if (!beforeTheChangeInItsYear(observation.period()) || !isFlow(observation.measure())) {
            return List.of(observation);
        }
        List<Successor> successors = conversion.successorsOf(observation.commune());
        if (successors.isEmpty()) {
            return List.of(observation); // not an old commune's code: left where it is
        }
        double total = successors.stream().mapToLong(Successor::weight).sum();
        return successors.stream()
                .map(s -> new Observation(s.newCode(), observation.measure(), observation.period(), observation.slot(),
                        observation.delta() * s.weight() / total, observation.approximate(), observation.eventTime()))
                .toList();
    }

    private boolean beforeTheChangeInItsYear(String period) {
        return period.startsWith(changeYear) && (period.length() == changeDay.length() && period.compareTo(changeDay) < 0
                || period.length() == changeMonth.length() && period.compareTo(changeMonth) < 0);
    }

    private boolean isFlow(String measure) {
        return measures.measure(measure).map(m -> m.type() == MeasureType.FLOW).orElse(false);
    }
}
