package vn.thanhhoa.cds.connectors.report;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import vn.thanhhoa.cds.connectors.report.VietnameseNumber.Convention;
import vn.thanhhoa.cds.connectors.report.VietnameseNumber.Written;

/**
 * What one measure cell says: a number, a value the officer marked missing, or something that cannot
 * be read as this measure (with the reason, naming both readings where the text has two).
 */
sealed interface ReportCell {

    /** Texts officers write for "no figure": a missing value, never 0. */
    Set<String> MISSING = Set.of("", "-", "–", "—", "x", "không có");

    record Number(BigDecimal value) implements ReportCell {
    }

    record Missing(String text) implements ReportCell {
    }

    record Unreadable(String reason) implements ReportCell {
    }

    /**
     * @param typed      the number a workbook cell holds as a number, if it does
     * @param text       the cell's text
     * @param header     the column's label, for the reason
     * @param whole      whether the measure counts whole things (its catalog unit)
     * @param unit       the unit, for the reason ("people")
     * @param convention how the column writes its numbers ({@link NumberConventions})
     */
    static ReportCell read(Optional<BigDecimal> typed, String text, String header, boolean whole, String unit, Convention convention) {
        if (typed.isPresent()) {
            BigDecimal value = typed.get();
            if (value.signum() < 0) {
                return new Unreadable(value.toPlainString() + " in column '" + header + "' is not a number of 0 or more");
            }
            if (whole && !isWhole(value)) {
                return new Unreadable(value.toPlainString() + " in column '" + header + "' cannot be " + value.toPlainString() + " " + unit
                        + ": a count of " + unit + " is a whole number");
            }
            return new Number(value);
        }
        if (MISSING.contains(text.strip().toLowerCase(Locale.forLanguageTag("vi")))) {
            return new Missing(text.strip());
        }
        Optional<Written> written = VietnameseNumber.written(text);
        if (written.isEmpty()) {
            return new Unreadable("'" + text + "' in column '" + header + "' is not a number (a missing value is left empty or written '-')");
        }
        Written number = written.get();
        BigDecimal anyValue = number.vietnamese() != null ? number.vietnamese() : number.english();
        if (anyValue.signum() < 0) {
            return new Unreadable("'" + text + "' in column '" + header + "' is not a number of 0 or more");
        }
        return whole ? count(number, header, unit) : new Number(number.convention() == Convention.EITHER ? number.in(convention)
                : anyValue);
    }

    private static ReportCell count(Written number, String header, String unit) {
        String text = number.text();
        switch (number.convention()) {
            case NONE:
                return new Number(number.vietnamese());
            case EITHER:
                if (text.contains(",")) {
                    BigDecimal meant = number.english();
                    return new Unreadable("'" + text + "' in column '" + header + "' cannot be " + number.vietnamese().toPlainString() + " " + unit
                            + "; if you meant " + VietnameseNumber.inWords(meant.longValueExact()) + ", write " + grouped(meant) + " or " + meant.toPlainString());
                }
                return new Number(number.vietnamese());
            case VIETNAMESE:
                if (isWhole(number.vietnamese())) {
                    return new Number(number.vietnamese().setScale(0, java.math.RoundingMode.UNNECESSARY));
                }
                return new Unreadable("'" + text + "' in column '" + header + "' cannot be " + number.vietnamese().toPlainString() + " " + unit
                        + ": a count of " + unit + " is a whole number");
            default:
                BigDecimal english = number.english();
                if (text.contains(",") && isWhole(english)) {
                    return new Unreadable("'" + text + "' in column '" + header + "' is written the English way (',' between thousands); "
                            + "reports use the Vietnamese way: if you meant " + VietnameseNumber.inWords(english.longValueExact()) + ", write "
                            + grouped(english) + " or " + english.toBigInteger());
                }
                if (isWhole(english)) {
                    return new Number(english.setScale(0, java.math.RoundingMode.UNNECESSARY));
                }
                return new Unreadable("'" + text + "' in column '" + header + "' cannot be " + english.toPlainString() + " " + unit
                        + ": a count of " + unit + " is a whole number");
        }
    }

    private static boolean isWhole(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0;
    }

    /** 1201 → "1.201", the Vietnamese way. */
    private static String grouped(BigDecimal whole) {
        String digits = whole.toBigInteger().toString();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }
}
