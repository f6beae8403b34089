package vn.thanhhoa.cds.catalog.measure;

import java.util.Arrays;
import java.util.Optional;

/** How a measure aggregates over time. Over communes, all three are summed. */
public enum MeasureType {
    /** Counted over a window and summed (dossiers received, posts published). */
    FLOW("flow"),
    /** A state as of a date; the latest value wins and values are never summed over time. */
    STOCK("stock"),
    /**
     * People (or other things with an identity) counted once per window by their pseudonym: a person
     * who uses a service twice, or on two days, counts once. Never summed over days or months, since
     * that would count a person again each time; evaluated over the whole window (year-to-date), or
     * over the span its derivation gives when the indicator is judged as of a day.
     */
    DISTINCT("distinct");

    private final String spelling;

    MeasureType(String spelling) {
        this.spelling = spelling;
    }

    public String spelling() {
        return spelling;
    }

    public static Optional<MeasureType> parse(String text) {
        return Arrays.stream(values()).filter(t -> t.spelling.equals(text)).findFirst();
    }
}
