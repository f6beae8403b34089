package vn.thanhhoa.cds.catalog.target;

/** How a result is compared with a target; {@code symbol} is how files and the CSV spell it. */
public enum Operator {
    /** At least ("đạt X%", "X% trở lên"). */
    AT_LEAST(">="),
    /** Strictly more than ("trên X%"). */
    MORE_THAN(">"),
    AT_MOST("<="),
    /** An inclusive range, such as 5–7 applications a year. */
    BETWEEN("between"),
    /** A yes/no or qualitative item: met when declared (with evidence). */
    EXISTS("exists"),
    /** No number: never fails a commune. */
    ENCOURAGED("encouraged"),
    /** A tiered-score item: met when its measure reaches the target; points come from the tiers. */
    SCORE("score");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean isNumeric() {
        return this == AT_LEAST || this == MORE_THAN || this == AT_MOST || this == BETWEEN || this == SCORE;
    }
}
