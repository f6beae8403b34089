package vn.thanhhoa.cds.adminunits.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.thanhhoa.cds.adminunits.unit.AdministrativeUnit;

/**
 * Reference statistics by year and unit code.
 *
 * <p>A year's figures belong to the units valid on 31 December of that year: that is the day a
 * year's results are assessed and recognised, so 2025 uses the 166 post-reform units although the
 * year straddles the reform. For a day on which that year's units were not yet in force (1 January
 * – 30 June 2025) {@link #forDay} falls back to the latest earlier year whose units were.
 */
public final class StatisticsTable {

    private final Map<Integer, Map<String, ReferenceStatistics>> byYear;

    public StatisticsTable(List<ReferenceStatistics> rows) {
        this.byYear = rows.stream().collect(Collectors.groupingBy(ReferenceStatistics::year,
                Collectors.collectingAndThen(Collectors.toMap(ReferenceStatistics::unitCode, Function.identity()), Map::copyOf)));
    }

    public SortedSet<Integer> years() {
        return new TreeSet<>(byYear.keySet());
    }

    /** The day whose units a year's figures are keyed by. */
    public static LocalDate referenceDay(int year) {
        return LocalDate.of(year, 12, 31);
    }

    public Optional<ReferenceStatistics> of(int year, String unitCode) {
        return Optional.ofNullable(byYear.getOrDefault(year, Map.of()).get(unitCode));
    }

    public List<ReferenceStatistics> year(int year) {
        return List.copyOf(byYear.getOrDefault(year, Map.of()).values());
    }

    /**
     * The figures to divide by for {@code unit} on {@code day}: the day's own year when the unit is
     * still in force on that year's 31 December, else the latest earlier year on whose 31 December
     * it was (an old commune in the first half of 2025 gets its 2024 figures).
     */
    public Optional<ReferenceStatistics> forDay(AdministrativeUnit unit, LocalDate day) {
        if (byYear.isEmpty()) {
            return Optional.empty();
        }
        for (int year = day.getYear(); year >= years().first(); year--) {
            if (unit.validOn(referenceDay(year))) {
                Optional<ReferenceStatistics> found = of(year, unit.code());
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    public long total(int year, StatisticField field) {
        return year(year).stream().mapToLong(s -> s.value(field)).sum();
    }
}
