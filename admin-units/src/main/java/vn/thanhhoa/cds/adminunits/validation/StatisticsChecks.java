package vn.thanhhoa.cds.adminunits.validation;

import static vn.thanhhoa.cds.adminunits.statistics.StatisticField.ADULTS_18_PLUS;
import static vn.thanhhoa.cds.adminunits.statistics.StatisticField.AGED_15_PLUS;
import static vn.thanhhoa.cds.adminunits.statistics.StatisticField.BUSINESS_UNITS;
import static vn.thanhhoa.cds.adminunits.statistics.StatisticField.CITIZENS_14_PLUS;
import static vn.thanhhoa.cds.adminunits.statistics.StatisticField.ENTERPRISES;
import static vn.thanhhoa.cds.adminunits.statistics.StatisticField.HOUSEHOLDS;
import static vn.thanhhoa.cds.adminunits.statistics.StatisticField.POPULATION;
import static vn.thanhhoa.cds.adminunits.statistics.StatisticField.PRIMARY_LOWER_SECONDARY_SCHOOLS;
import static vn.thanhhoa.cds.adminunits.statistics.StatisticField.SCHOOLS;
import static vn.thanhhoa.cds.adminunits.statistics.StatisticField.SMES;
import static vn.thanhhoa.cds.adminunits.statistics.StatisticField.WORKING_AGE;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.thanhhoa.cds.adminunits.file.SourceLine;
import vn.thanhhoa.cds.adminunits.statistics.ReferenceStatistics;
import vn.thanhhoa.cds.adminunits.statistics.SeedFigure;
import vn.thanhhoa.cds.adminunits.statistics.StatisticField;
import vn.thanhhoa.cds.adminunits.statistics.StatisticsTable;
import vn.thanhhoa.cds.adminunits.unit.AdministrativeUnit;
import vn.thanhhoa.cds.adminunits.unit.UnitLevel;

/**
 * Statistics are denominators: a figure that cannot be true (more adults than people) would give
 * ratios above 100% everywhere downstream, so it is an error, not a warning.
 */
final class StatisticsChecks {

    /** Pairs (smaller, larger) that must hold in every row: each group is contained in the other. */
    private static final List<StatisticField[]> CONTAINED = List.of(
            new StatisticField[] {ADULTS_18_PLUS, AGED_15_PLUS},
            new StatisticField[] {AGED_15_PLUS, CITIZENS_14_PLUS},
            new StatisticField[] {CITIZENS_14_PLUS, POPULATION},
            new StatisticField[] {ADULTS_18_PLUS, POPULATION},
            new StatisticField[] {WORKING_AGE, AGED_15_PLUS},
            new StatisticField[] {HOUSEHOLDS, POPULATION},
            new StatisticField[] {SMES, ENTERPRISES},
            new StatisticField[] {ENTERPRISES, BUSINESS_UNITS},
            new StatisticField[] {PRIMARY_LOWER_SECONDARY_SCHOOLS, SCHOOLS});

    private StatisticsChecks() {
    }

    static void check(List<AdministrativeUnit> units, List<ReferenceStatistics> rows, List<SeedFigure> seeds, Findings findings) {
        Map<String, ReferenceStatistics> byKey = new HashMap<>();
        Map<Integer, SourceLine> firstRowOfYear = new HashMap<>();
        for (ReferenceStatistics row : rows) {
            String key = row.year() + "/" + row.unitCode();
            ReferenceStatistics earlier = byKey.putIfAbsent(key, row);
            if (earlier != null) {
                findings.error(row.at(), "unit_code", "duplicate row: " + row.year() + " " + row.unitCode()
                        + " is already at " + earlier.at());
                continue;
            }
            firstRowOfYear.putIfAbsent(row.year(), row.at());
            LocalDate day = StatisticsTable.referenceDay(row.year());
            Optional<AdministrativeUnit> unit = UnitChecks.communeOn(units, row.unitCode(), day);
            if (unit.isEmpty()) {
                findings.error(row.at(), "unit_code", "unknown unit code " + row.unitCode() + ": no commune with that code on "
                        + day + " (a year's statistics use the units valid on its 31 December)");
            } else if (!unit.get().name().equals(row.unitName())) {
                findings.warning(row.at(), "unit_name", "'" + row.unitName() + "' differs from the unit list's '" + unit.get().name() + "'");
            }
            for (StatisticField field : StatisticField.values()) {
                if (row.value(field) < 0) {
                    findings.error(row.at(), field.column(), "impossible statistic: negative (" + row.value(field) + ")");
                }
            }
            for (StatisticField[] pair : CONTAINED) {
                if (row.value(pair[0]) > row.value(pair[1])) {
                    findings.error(row.at(), pair[0].column(), "impossible statistic: " + pair[0].column() + " ("
                            + row.value(pair[0]) + ") > " + pair[1].column() + " (" + row.value(pair[1]) + ")");
                }
            }
        }
        checkCoverage(units, rows, firstRowOfYear, findings);
        checkSeeds(seeds, byKey, findings);
    }

    private static void checkCoverage(List<AdministrativeUnit> units, List<ReferenceStatistics> rows,
                                      Map<Integer, SourceLine> firstRowOfYear, Findings findings) {
        firstRowOfYear.forEach((year, at) -> {
            LocalDate day = StatisticsTable.referenceDay(year);
            Set<String> present = new HashSet<>();
            rows.stream().filter(r -> r.year() == year).forEach(r -> present.add(r.unitCode()));
            units.stream()
                    .filter(u -> u.level() == UnitLevel.COMMUNE && u.validOn(day) && !present.contains(u.code()))
                    .forEach(u -> findings.error(at, "unit_code", "missing row: no " + year + " statistics for " + u
                            + " (" + u.at() + ")"));
        });
    }

    private static void checkSeeds(List<SeedFigure> seeds, Map<String, ReferenceStatistics> byKey, Findings findings) {
        for (SeedFigure seed : seeds) {
            ReferenceStatistics row = byKey.get(seed.year() + "/" + seed.unitCode());
            if (row == null) {
                findings.error(seed.at(), "unit_code", "no " + seed.year() + " statistics row for " + seed.unitCode());
            } else if (row.value(seed.field()) != seed.value()) {
                findings.error(row.at(), seed.field().column(), row.value(seed.field()) + " differs from seed " + seed.seed()
                        + "'s " + seed.value() + " (" + seed.at() + ")");
            } else if (!row.source().contains("seed-" + seed.seed())) {
                findings.error(row.at(), "source", "'" + row.source() + "' does not name seed-" + seed.seed()
                        + " although " + seed.field().column() + " comes from it (" + seed.at() + ")");
            }
        }
    }
}
