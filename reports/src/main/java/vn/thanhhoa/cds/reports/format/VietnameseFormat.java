package vn.thanhhoa.cds.reports.format;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Numbers and dates as Vietnamese administrative documents write them: {@code 1.234,5} (dot for
 * thousands, comma for decimals), {@code 25/11/2026}, "ngày 01 tháng 12 năm 2026". One place, so
 * that the PDF, the XLSX's text cells, the e-mails and the webhooks agree.
 */
public final class VietnameseFormat {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private VietnameseFormat() {
    }

    /** {@code 1234.56} with one decimal → {@code 1.234,6}; trailing zero decimals kept so that a column lines up. */
    public static String number(double value, int decimals) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), symbols);
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        String text = format.format(value);
        // -0,0 reads as a fall that did not happen.
        return text.matches("-0(,0+)?") ? text.substring(1) : text;
    }

    /** A number without needless decimals: 80 → "80", 2.5 → "2,5". */
    public static String plain(double value) {
        return value == Math.rint(value) ? number(value, 0) : number(value, 1);
    }

    /** A change: {@code +2,5}, {@code -1,0}, {@code 0,0}. */
    public static String change(double delta) {
        String text = number(delta, 1);
        return delta > 0 && !text.equals("0,0") ? "+" + text : text;
    }

    public static String day(LocalDate day) {
        return DAY.format(day);
    }

    public static String month(YearMonth month) {
        return MONTH.format(month);
    }

    /** "tháng 11 năm 2026". */
    public static String monthInWords(YearMonth month) {
        return "tháng " + month.getMonthValue() + " năm " + month.getYear();
    }

    /** The place and date line of a document: "Thanh Hóa, ngày 01 tháng 12 năm 2026". */
    public static String placeAndDate(String place, LocalDate day) {
        return place + ", ngày " + String.format(Locale.ROOT, "%02d", day.getDayOfMonth())
                + " tháng " + String.format(Locale.ROOT, "%02d", day.getMonthValue()) + " năm " + day.getYear();
    }
}
