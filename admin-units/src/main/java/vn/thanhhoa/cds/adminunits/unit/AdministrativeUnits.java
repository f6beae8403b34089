package vn.thanhhoa.cds.adminunits.unit;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every unit of every period, looked up by code and date. Built only from validated data: no two
 * units with one code overlap in time, and every parent exists for its child's whole period.
 */
public final class AdministrativeUnits {

    private final List<AdministrativeUnit> units;
    private final Map<String, List<AdministrativeUnit>> byCode;

    public AdministrativeUnits(List<AdministrativeUnit> units) {
        this.units = List.copyOf(units);
        this.byCode = this.units.stream().collect(Collectors.groupingBy(AdministrativeUnit::code,
                Collectors.collectingAndThen(Collectors.toList(), List::copyOf)));
    }

    public List<AdministrativeUnit> all() {
        return units;
    }

    /** The unit carrying {@code code} on {@code day}: the same code can name different units on different days. */
    public Optional<AdministrativeUnit> unit(String code, LocalDate day) {
        return byCode.getOrDefault(code, List.of()).stream().filter(u -> u.validOn(day)).findFirst();
    }

    public AdministrativeUnit require(String code, LocalDate day) {
        return unit(code, day).orElseThrow(() -> new IllegalArgumentException("no unit with code " + code + " on " + day));
    }

    /** Every period a code was used in, oldest first. */
    public List<AdministrativeUnit> withCode(String code) {
        return byCode.getOrDefault(code, List.of()).stream()
                .sorted(Comparator.comparing(u -> u.validity().from().orElse(LocalDate.MIN)))
                .toList();
    }

    public List<AdministrativeUnit> validOn(LocalDate day) {
        return units.stream().filter(u -> u.validOn(day)).toList();
    }

    public List<AdministrativeUnit> validOn(LocalDate day, UnitLevel level) {
        return units.stream().filter(u -> u.level() == level && u.validOn(day)).toList();
    }

    /**
     * The unit a report calls "the district" of {@code unit} on {@code day}: its parent in that period,
     * which is a district until 30 June 2025 and the province afterwards. Empty for the province.
     */
    public Optional<AdministrativeUnit> parentOn(AdministrativeUnit unit, LocalDate day) {
        return unit.parentCode().map(code -> require(code, day));
    }

    /** The unit with no parent valid on {@code day}. */
    public AdministrativeUnit provinceOn(LocalDate day) {
        return validOn(day, UnitLevel.PROVINCE).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no province valid on " + day));
    }

    public List<AdministrativeUnit> childrenOn(AdministrativeUnit parent, LocalDate day) {
        return units.stream()
                .filter(u -> u.validOn(day) && u.parentCode().filter(parent.code()::equals).isPresent())
                .toList();
    }
}
