package vn.thanhhoa.cds.streams.rollup;

import java.util.Optional;
import vn.thanhhoa.cds.adminunits.unit.AdministrativeUnit;
import vn.thanhhoa.cds.adminunits.unit.AdministrativeUnits;
import vn.thanhhoa.cds.adminunits.unit.UnitLevel;

/**
 * Where a commune's value rolls up to on the day it is as of: its district while districts existed
 * (until 30 June 2025), and always the province. "The district" of a report is the commune's parent
 * for that period, so the reform changes where a 2025 value rolls, not how.
 */
public final class ParentUnits {

    private final AdministrativeUnits units;

    public ParentUnits(AdministrativeUnits units) {
        this.units = units;
    }

    /** The commune's district on that day, when it had one. */
    public Optional<String> districtOf(String commune, java.time.LocalDate day) {
        return units.unit(commune, day)
                .flatMap(unit -> units.parentOn(unit, day))
                .filter(parent -> parent.level() == UnitLevel.DISTRICT)
                .map(AdministrativeUnit::code);
    }

    public String provinceOn(java.time.LocalDate day) {
        return units.provinceOn(day).code();
    }
}
