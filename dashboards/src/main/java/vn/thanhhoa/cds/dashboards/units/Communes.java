package vn.thanhhoa.cds.dashboards.units;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.thanhhoa.cds.adminunits.ReferenceData;
import vn.thanhhoa.cds.adminunits.unit.AdministrativeUnit;
import vn.thanhhoa.cds.adminunits.unit.UnitLevel;

/**
 * The communes the dashboard lists (those valid on a day: 166 after the 2025 reform), with the
 * province and the former districts they can be filtered by.
 */
public final class Communes {

    private final ParentUnit province;
    private final Map<String, Commune> byCode;
    private final Map<String, ParentUnit> formerDistricts;

    public Communes(ParentUnit province, List<Commune> communes) {
        this.province = province;
        this.byCode = communes.stream().sorted(Comparator.comparing(Commune::code))
                .collect(Collectors.toMap(Commune::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.formerDistricts = communes.stream().sorted(Comparator.comparing(Commune::formerDistrictCode))
                .collect(Collectors.toMap(Commune::formerDistrictCode, c -> new ParentUnit(c.formerDistrictCode(), c.formerDistrictName()),
                        (a, b) -> a, LinkedHashMap::new));
    }

    /** The communes valid on {@code day}, each under the former district most of its predecessors lay in. */
    public static Communes of(ReferenceData reference, LocalDate day) {
        var units = reference.units();
        var conversion = reference.conversion();
        LocalDate lastOldDay = conversion.lastOldDay();
        AdministrativeUnit province = units.provinceOn(day);
        List<Commune> communes = units.validOn(day, UnitLevel.COMMUNE).stream().map(unit -> {
            Map<String, Long> districts = conversion.predecessorsOf(unit.code()).stream()
                    .flatMap(old -> units.unit(old, lastOldDay).stream())
                    .flatMap(old -> old.parentCode().stream())
                    .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
            // Ties go to the lowest code, so that the grouping never depends on file order.
            Optional<String> district = districts.entrySet().stream()
                    .max(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .map(Map.Entry::getKey);
            String districtCode = district.orElse(unit.parentCode().orElse(province.code()));
            String districtName = units.unit(districtCode, district.isPresent() ? lastOldDay : day).map(AdministrativeUnit::name).orElse(province.name());
            return new Commune(unit.code(), unit.name(), districtCode, districtName);
        }).toList();
        return new Communes(new ParentUnit(province.code(), province.name()), communes);
    }

    public List<Commune> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<Commune> commune(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public ParentUnit province() {
        return province;
    }

    /** The former districts, by code. */
    public List<ParentUnit> formerDistricts() {
        return List.copyOf(formerDistricts.values());
    }

    /** The province or a former district with this code. */
    public Optional<ParentUnit> parentUnit(String code) {
        return province.code().equals(code) ? Optional.of(province) : Optional.ofNullable(formerDistricts.get(code));
    }

    /** The communes under a parent unit: all of them under the province. */
    public List<Commune> under(String parentCode) {
        if (province.code().equals(parentCode)) {
            return all();
        }
        return byCode.values().stream().filter(c -> c.formerDistrictCode().equals(parentCode)).toList();
    }
}
