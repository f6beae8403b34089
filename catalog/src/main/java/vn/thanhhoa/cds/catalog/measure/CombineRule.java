package vn.thanhhoa.cds.catalog.measure;

import java.util.Arrays;
import java.util.Optional;

/**
 * How the values of several reporters for one commune and month become one (two telecom operators,
 * two banks, two signature providers). Every reporter's value is kept; this only says how they add up.
 */
public enum CombineRule {
    /** Each reported thing belongs to one reporter (a SIM, an account): the values add up. */
    SUM("sum"),
    /**
     * The same person or household may be counted by several reporters (coverage, people holding
     * accounts or signatures at several providers): the largest value, a lower bound that cannot
     * pass the whole the way a sum can.
     */
    MAX("max");

    private final String spelling;

    CombineRule(String spelling) {
        this.spelling = spelling;
    }

    /** One commune's value for a month from the values its reporters gave (none: empty). */
    public java.util.Optional<java.math.BigDecimal> combine(java.util.Collection<java.math.BigDecimal> byReporter) {
        return switch (this) {
            case SUM -> byReporter.stream().reduce(java.math.BigDecimal::add);
            case MAX -> byReporter.stream().max(java.math.BigDecimal::compareTo);
        };
    }

    public String spelling() {
        return spelling;
    }

    public static Optional<CombineRule> parse(String text) {
        return Arrays.stream(values()).filter(r -> r.spelling.equals(text)).findFirst();
    }
}
