package vn.thanhhoa.cds.reports.monthly;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import vn.thanhhoa.cds.adminunits.unit.AdministrativeUnit;
import vn.thanhhoa.cds.adminunits.unit.AdministrativeUnits;
import vn.thanhhoa.cds.adminunits.unit.UnitLevel;

/**
 * Whose report it is: a parent unit (a district until 30 June 2025) or the whole province, and the
 * communes under it on the month's last day, in code order.
 *
 * @param argument how the unit was asked for: a code, or {@code province}
 */
public record ReportScope(String argument, AdministrativeUnit unit, List<AdministrativeUnit> communes) {

    public static final String PROVINCE = "province";

    public ReportScope {
        communes = List.copyOf(communes);
    }

    /** The unit asked for, valid on {@code day}; one sentence when it cannot carry a report. */
    public static ReportScope resolve(AdministrativeUnits units, String argument, LocalDate day) {
        if (argument.equalsIgnoreCase(PROVINCE)) {
            AdministrativeUnit province = units.provinceOn(day);
            return new ReportScope(PROVINCE, province, sorted(units.validOn(day, UnitLevel.COMMUNE)));
        }
        AdministrativeUnit unit = units.unit(argument, day).orElseThrow(() -> new IllegalArgumentException(
                "No administrative unit has the code '" + argument + "' on " + day
                        + (day.isBefore(LocalDate.of(2025, 7, 1)) ? "" : " (districts were abolished on 1 July 2025: use province)") + "."));
        if (unit.level() == UnitLevel.COMMUNE) {
            throw new IllegalArgumentException("Unit " + argument + " (" + unit.name() + ") is a commune: a monthly report is for a parent unit or the province.");
        }
        if (unit.level() == UnitLevel.PROVINCE) {
            return new ReportScope(PROVINCE, unit, sorted(units.validOn(day, UnitLevel.COMMUNE)));
        }
        return new ReportScope(argument, unit, sorted(units.childrenOn(unit, day)));
    }

    private static List<AdministrativeUnit> sorted(List<AdministrativeUnit> communes) {
        return communes.stream().sorted(Comparator.comparing(AdministrativeUnit::code)).toList();
    }

    public String code() {
        return unit.code();
    }

    public boolean isProvince() {
        return unit.level() == UnitLevel.PROVINCE;
    }
}
