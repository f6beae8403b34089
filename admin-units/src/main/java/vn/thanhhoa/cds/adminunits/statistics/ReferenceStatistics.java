package vn.thanhhoa.cds.adminunits.statistics;

import java.util.EnumMap;
import java.util.Map;

import vn.thanhhoa.cds.adminunits.file.SourceLine;

/**
 * One commune's reference figures for one year.
 *
 * @param source {@code generated}, or e.g. {@code seed-002+generated} when some figures come from a seed
 * @param note   which figures come from where, in words
 */
public record ReferenceStatistics(int year, String unitCode, String unitName, Map<StatisticField, Long> values,
                                  String source, String note, SourceLine at) {

    public ReferenceStatistics {
        values = Map.copyOf(new EnumMap<>(values));
    }

    public long value(StatisticField field) {
        return values.get(field);
    }

    public long population() {
        return value(StatisticField.POPULATION);
    }

    public long workingAge() {
        return value(StatisticField.WORKING_AGE);
    }

    public boolean fullyGenerated() {
        return source.equals("generated");
    }
}
