package vn.thanhhoa.cds.adminunits.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.thanhhoa.cds.adminunits.agency.AgencyCode;
import vn.thanhhoa.cds.adminunits.unit.AdministrativeUnit;

/** Every agency code names a unit that exists for the whole time the code is in force, once. */
final class AgencyChecks {

    private AgencyChecks() {
    }

    static void check(List<AdministrativeUnit> units, List<AgencyCode> codes, Findings findings) {
        Map<String, List<AgencyCode>> seen = new HashMap<>();
        for (AgencyCode code : codes) {
            List<AgencyCode> same = seen.computeIfAbsent(code.agencyCode(), c -> new ArrayList<>());
            var clash = same.stream().filter(c -> c.validity().overlaps(code.validity())).findFirst();
            if (clash.isPresent()) {
                String what = clash.get().validity().equals(code.validity()) && clash.get().unitCode().equals(code.unitCode())
                        ? "duplicate row" : "overlapping validity";
                findings.error(code.at(), "agency_code", what + ": " + code.agencyCode() + " " + code.validity()
                        + " is already in force then for unit " + clash.get().unitCode() + " at " + clash.get().at());
                continue;
            }
            same.add(code);
            boolean known = units.stream().anyMatch(u -> u.code().equals(code.unitCode())
                    && UnitChecks.covers(u.validity(), code.validity()));
            if (!known) {
                findings.error(code.at(), "unit_code", "unknown unit code " + code.unitCode()
                        + ": no unit with that code is valid over " + code.validity());
            }
        }
    }
}
