package vn.thanhhoa.cds.reports.notify;

import java.time.LocalDate;
import vn.thanhhoa.cds.adminunits.unit.AdministrativeUnits;

/** Whether a commune lies under a parent unit on a day (its district until 30 June 2025, the province after). */
public final class UnitScope {

    private final AdministrativeUnits units;

    public UnitScope(AdministrativeUnits units) {
        this.units = units;
    }

    public boolean isUnder(String communeCode, String parentCode, LocalDate day) {
        return units.unit(communeCode, day).flatMap(commune -> units.parentOn(commune, day))
                .map(parent -> parent.code().equals(parentCode) || parentCode.equalsIgnoreCase("province") && parent.parentCode().isEmpty())
                .orElse(false);
    }
}
