package vn.thanhhoa.cds.adminunits.statistics;

import java.util.Arrays;
import java.util.Optional;

/**
 * The denominators a commune's indicators divide by, with the CSV column and the measure name that
 * indicator definitions use to refer to it. The measure names are the indicator catalog's
 * ({@code measures.yaml}, source {@code reference}); the catalog's validation checks every reference
 * measure against this list, so a name changed on one side only fails the build.
 */
public enum StatisticField {
    POPULATION("population", "population.total"),
    ADULTS_18_PLUS("adults_18_plus", "population.adult"),
    AGED_15_PLUS("aged_15_plus", "population.age15plus"),
    CITIZENS_14_PLUS("citizens_14_plus", "population.age14plus"),
    WORKING_AGE("working_age", "population.working_age"),
    HOUSEHOLDS("households", "household.total"),
    ENTERPRISES("enterprises", "enterprise.total"),
    SMES("smes", "enterprise.sme"),
    SCHOOLS("schools", "school.total"),
    OFFICIALS("officials", "officials.total"),
    /** Enterprises, cooperatives and household businesses: the base of 2023–2025 item 2.1. */
    BUSINESS_UNITS("business_units", "business.units"),
    /** Primary and lower-secondary schools (tiểu học, THCS): the base of 2023–2025 item 3.7. */
    PRIMARY_LOWER_SECONDARY_SCHOOLS("primary_lower_secondary_schools", "school.primary_lower_secondary");

    private final String column;
    private final String measure;

    StatisticField(String column, String measure) {
        this.column = column;
        this.measure = measure;
    }

    public String column() {
        return column;
    }

    public String measure() {
        return measure;
    }

    public static Optional<StatisticField> fromColumn(String column) {
        return Arrays.stream(values()).filter(f -> f.column.equals(column)).findFirst();
    }

    public static Optional<StatisticField> fromMeasure(String measure) {
        return Arrays.stream(values()).filter(f -> f.measure.equals(measure)).findFirst();
    }
}
