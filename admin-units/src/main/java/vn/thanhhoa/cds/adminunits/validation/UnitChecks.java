package vn.thanhhoa.cds.adminunits.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.thanhhoa.cds.adminunits.unit.AdministrativeUnit;
import vn.thanhhoa.cds.adminunits.unit.UnitLevel;
import vn.thanhhoa.cds.adminunits.unit.Validity;

/** Checks over all unit files together: codes reused only in disjoint periods, parents that exist. */
final class UnitChecks {

    private UnitChecks() {
    }

    static void check(List<AdministrativeUnit> units, Findings findings) {
        Map<String, List<AdministrativeUnit>> seen = new HashMap<>();
        for (AdministrativeUnit unit : units) {
            List<AdministrativeUnit> sameCode = seen.computeIfAbsent(unit.code(), c -> new ArrayList<>());
            Optional<AdministrativeUnit> clash = sameCode.stream().filter(u -> u.validity().overlaps(unit.validity())).findFirst();
            if (clash.isPresent()) {
                AdministrativeUnit earlier = clash.get();
                if (earlier.validity().equals(unit.validity())) {
                    findings.error(unit.at(), "code", "duplicate row: unit " + unit.code() + " " + unit.validity()
                            + " is already defined at " + earlier.at());
                } else {
                    findings.error(unit.at(), "valid_from", "overlapping validity: code " + unit.code() + " " + unit.validity()
                            + " overlaps " + earlier.name() + " " + earlier.validity() + " at " + earlier.at()
                            + "; a code may be reused only in a disjoint period");
                }
                continue;
            }
            sameCode.add(unit);
        }
        for (AdministrativeUnit unit : units) {
            unit.parentCode().ifPresent(parent -> {
                boolean covered = seen.getOrDefault(parent, List.of()).stream()
                        .anyMatch(p -> p.level().ordinal() < unit.level().ordinal() && covers(p.validity(), unit.validity()));
                if (!covered) {
                    findings.error(unit.at(), "parent_code", "unknown unit code " + parent
                            + ": no higher-level unit with that code is valid over " + unit.validity());
                }
            });
        }
        if (units.stream().noneMatch(u -> u.level() == UnitLevel.PROVINCE) && !units.isEmpty()) {
            findings.error(units.getFirst().at(), "level", "no province-level unit in the unit files");
        }
    }

    /** Whether {@code outer} contains every day of {@code inner}. */
    static boolean covers(Validity outer, Validity inner) {
        boolean start = outer.from().isEmpty()
                || inner.from().map(f -> !f.isBefore(outer.from().get())).orElse(false);
        boolean end = outer.to().isEmpty()
                || inner.to().map(t -> !t.isAfter(outer.to().get())).orElse(false);
        return start && end;
    }

    static Optional<AdministrativeUnit> communeOn(List<AdministrativeUnit> units, String code, LocalDate day) {
        return units.stream().filter(u -> u.level() == UnitLevel.COMMUNE && u.code().equals(code) && u.validOn(day)).findFirst();
    }
}
