package vn.thanhhoa.cds.adminunits.file;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Resource names of every file the module reads. Tests swap one name for a broken file to show
 * that a rule fires; the product uses {@link #DEFAULT}.
 *
 * @param units          unit lists of every period (province, districts, communes before and after)
 * @param conversion     the old → new edges of the change on {@code changeDate}
 * @param changeDate     first day of the units the conversion leads to
 * @param splitWeights   shares of split old units among their successors
 * @param agencyCodes    agency code → unit, per validity period
 * @param statistics     one table per year
 * @param seedFigures    figures read from the seed documents, checked against the tables
 */
public record ReferenceDataFiles(List<String> units, String conversion, LocalDate changeDate, String splitWeights,
                                 String agencyCodes, List<String> statistics, String seedFigures) {

    public static final ReferenceDataFiles DEFAULT = new ReferenceDataFiles(
            List.of("units/province.csv", "units/districts-before-2025-07-01.csv",
                    "units/communes-before-2025-07-01.csv", "units/communes-from-2025-07-01.csv"),
            "units/conversion-2025-07-01.csv",
            LocalDate.of(2025, 7, 1),
            "units/split-weights-2025-07-01.csv",
            "units/agency-codes.csv",
            List.of("statistics/reference-statistics-2023.csv", "statistics/reference-statistics-2024.csv",
                    "statistics/reference-statistics-2025.csv", "statistics/reference-statistics-2026.csv"),
            "statistics/seed-figures.csv");

    public ReferenceDataFiles {
        units = List.copyOf(units);
        statistics = List.copyOf(statistics);
    }

    /** The same files with {@code original} read from {@code replacement} instead. */
    public ReferenceDataFiles replacing(String original, String replacement) {
        UnaryOperator<String> swap = name -> name.equals(original) ? replacement : name;
        if (!all().contains(original)) {
            throw new IllegalArgumentException(original + " is not one of " + all());
        }
        return new ReferenceDataFiles(units.stream().map(swap).toList(), swap.apply(conversion), changeDate,
                swap.apply(splitWeights), swap.apply(agencyCodes), statistics.stream().map(swap).toList(),
                swap.apply(seedFigures));
    }

    public List<String> all() {
        return Stream.of(units.stream(), Stream.of(conversion, splitWeights, agencyCodes), statistics.stream(),
                Stream.of(seedFigures)).flatMap(s -> s).toList();
    }
}
