package vn.thanhhoa.cds.cli.replay.verify;

/**
 * What a unit's value of an indicator over a window should be: its numerator and denominator (null
 * when nothing was declared or reported: no data; the denominator null for a count), and for a scored
 * item on its judged window the points (a share of the item's maximum; null: not checked).
 */
public record ExpectedFigure(String unit, String indicator, CheckedWindow window, Double numerator, Double denominator, Double points) {

    public ExpectedFigure(String unit, String indicator, CheckedWindow window, Double numerator, Double denominator) {
        this(unit, indicator, window, numerator, denominator, null);
    }

    String figures() {
        if (numerator == null) {
            return "no data";
        }
        return denominator == null ? "%,.0f".formatted(numerator) : "%,.0f of %,.0f".formatted(numerator, denominator);
    }
}
