package vn.thanhhoa.cds.adminunits.agency;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import vn.thanhhoa.cds.adminunits.conversion.Successor;
import vn.thanhhoa.cds.adminunits.conversion.UnitConversion;
import vn.thanhhoa.cds.adminunits.unit.AdministrativeUnit;
import vn.thanhhoa.cds.adminunits.unit.AdministrativeUnits;

/**
 * Finds the unit behind an agency code or an old unit code. Source systems keep emitting
 * pre-reform identifiers after 1 July 2025, so both lookups can carry an old identifier forward
 * into the units valid on the day asked.
 */
public final class AgencyDirectory {

    private final Map<String, List<AgencyCode>> byAgency;
    private final List<AgencyCode> codes;
    private final AdministrativeUnits units;
    private final UnitConversion conversion;

    public AgencyDirectory(List<AgencyCode> codes, AdministrativeUnits units, UnitConversion conversion) {
        this.byAgency = codes.stream().collect(Collectors.groupingBy(AgencyCode::agencyCode,
                Collectors.collectingAndThen(Collectors.toList(), List::copyOf)));
        this.codes = List.copyOf(codes);
        this.units = units;
        this.conversion = conversion;
    }

    /** Every agency code with its unit and period, for exporting the mapping to connectors. */
    public List<AgencyCode> all() {
        return codes;
    }

    /** The agency code of {@code unit} in the unit's own period, for writers of feeds (simulators) and reports. */
    public Optional<AgencyCode> codeFor(AdministrativeUnit unit) {
        return codes.stream()
                .filter(c -> c.unitCode().equals(unit.code()) && c.validity().overlaps(unit.validity()))
                .findFirst();
    }

    /** The agency-code entry in force on {@code day}. */
    public Optional<AgencyCode> entry(String agencyCode, LocalDate day) {
        return byAgency.getOrDefault(agencyCode, List.of()).stream().filter(c -> c.validity().contains(day)).findFirst();
    }

    /** The unit the agency code names on {@code day}, if the code is in force that day. */
    public Optional<AdministrativeUnit> unitOn(String agencyCode, LocalDate day) {
        return entry(agencyCode, day).flatMap(c -> units.unit(c.unitCode(), day));
    }

    /**
     * The units valid on {@code day} that an agency code stands for: the unit itself while the code
     * is in force, else (an old code used after the reform) the successors of the unit it named.
     */
    public List<AdministrativeUnit> currentUnits(String agencyCode, LocalDate day) {
        Optional<AdministrativeUnit> direct = unitOn(agencyCode, day);
        if (direct.isPresent()) {
            return List.of(direct.get());
        }
        return byAgency.getOrDefault(agencyCode, List.of()).stream()
                .filter(c -> c.validity().contains(conversion.lastOldDay()) && !day.isBefore(conversion.changeDate()))
                .findFirst()
                .map(c -> successorsOn(c.unitCode(), day))
                .orElse(List.of());
    }

    /** The units valid on {@code day} (on or after the reform) that old commune {@code oldCode} went into. */
    public List<AdministrativeUnit> successorsOn(String oldCode, LocalDate day) {
        return conversion.successorsOf(oldCode).stream()
                .map(Successor::newCode)
                .map(code -> units.unit(code, day))
                .flatMap(Optional::stream)
                .toList();
    }
}
