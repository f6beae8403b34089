package vn.thanhhoa.cds.adminunits.rollup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.thanhhoa.cds.adminunits.conversion.UnitConversion;
import vn.thanhhoa.cds.adminunits.unit.AdministrativeUnit;
import vn.thanhhoa.cds.adminunits.unit.AdministrativeUnits;
import vn.thanhhoa.cds.adminunits.unit.UnitLevel;

/**
 * Rolls commune observations up to parents and the province by summing numerators and
 * denominators, and carries observations made on pre-reform communes into today's communes.
 */
public final class RatioRollup {

    private final AdministrativeUnits units;
    private final UnitConversion conversion;

    public RatioRollup(AdministrativeUnits units, UnitConversion conversion) {
        this.units = units;
        this.conversion = conversion;
    }

    /**
     * Observations on communes valid on {@code day}, rolled up over that day's hierarchy. A commune
     * without observations is absent from the result (no data), never counted as 0 / 0.
     */
    public RollupResult rollUp(LocalDate day, List<Observation> observations) {
        Map<String, Ratio> communes = new LinkedHashMap<>();
        Map<String, Ratio> parents = new LinkedHashMap<>();
        Ratio province = Ratio.ZERO;
        for (Observation observation : observations) {
            AdministrativeUnit commune = commune(observation.unitCode(), day);
            Ratio ratio = new Ratio(observation.numerator(), observation.denominator());
            communes.merge(commune.code(), ratio, Ratio::plus);
            AdministrativeUnit parent = units.parentOn(commune, day).orElseThrow();
            parents.merge(parent.code(), ratio, Ratio::plus);
            province = province.plus(ratio);
        }
        return new RollupResult(day, communes, parents, province);
    }

    /**
     * Observations made on {@code observedOn} rolled up over the units of {@code targetDay}: when the
     * reform lies between the two days, each old commune's numerator and denominator pass to its
     * successors (split communes by the split weights), so the province sums do not change.
     */
    public RollupResult rollUpInto(LocalDate observedOn, LocalDate targetDay, List<Observation> observations) {
        return rollUp(targetDay, mapInto(observedOn, targetDay, observations));
    }

    public List<Observation> mapInto(LocalDate observedOn, LocalDate targetDay, List<Observation> observations) {
        boolean observedBefore = observedOn.isBefore(conversion.changeDate());
        boolean targetBefore = targetDay.isBefore(conversion.changeDate());
        if (observedBefore == targetBefore) {
            return List.copyOf(observations);
        }
        if (!observedBefore) {
            throw new IllegalArgumentException("cannot map " + observedOn + " back into the units of " + targetDay
                    + ": the conversion of " + conversion.changeDate() + " only runs forward");
        }
        Map<String, long[]> sums = new LinkedHashMap<>();
        for (Observation observation : observations) {
            String oldCode = commune(observation.unitCode(), observedOn).code();
            Map<String, Long> numerators = conversion.apportion(oldCode, observation.numerator());
            Map<String, Long> denominators = conversion.apportion(oldCode, observation.denominator());
            numerators.forEach((code, n) -> {
                long[] sum = sums.computeIfAbsent(code, c -> new long[2]);
                sum[0] += n;
                sum[1] += denominators.get(code);
            });
        }
        List<Observation> mapped = new ArrayList<>();
        sums.forEach((code, sum) -> mapped.add(new Observation(code, sum[0], sum[1])));
        return mapped;
    }

    private AdministrativeUnit commune(String code, LocalDate day) {
        AdministrativeUnit unit = units.unit(code, day)
                .orElseThrow(() -> new IllegalArgumentException("no unit with code " + code + " on " + day));
        if (unit.level() != UnitLevel.COMMUNE) {
            throw new IllegalArgumentException(unit + " is not a commune-level unit: observations are per commune");
        }
        return unit;
    }
}
