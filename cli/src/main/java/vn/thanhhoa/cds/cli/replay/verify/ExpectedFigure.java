package vn.thanhhoa.cds.cli.replay.verify;

/**
 * What a unit's value of an indicator over a window should be: its numerator and denominator (null
 * when nothing was declared or reported: no data; the denominator null for a count).
 */
public record ExpectedFigure(String unit, String indicator, CheckedWindow window, Double numerator, Double denominator) {

    String figures() {
        if (numerator == null) {
            return "no data";
        }
        return denominator == null ? "%,.0f".formatted(numerator) : "%,.0f of %,.0f".formatted(numerator, denominator);
    }
}
