package vn.thanhhoa.cds.catalog.indicator;

import java.util.Arrays;
import java.util.Optional;

/** Which way is better. Declarations have none: they are met or not. */
public enum Direction {
    AT_LEAST("at-least"),
    AT_MOST("at-most"),
    NONE("none");

    private final String spelling;

    Direction(String spelling) {
        this.spelling = spelling;
    }

    public String spelling() {
        return spelling;
    }

    public static Optional<Direction> parse(String text) {
        return Arrays.stream(values()).filter(d -> d.spelling.equals(text)).findFirst();
    }
}
