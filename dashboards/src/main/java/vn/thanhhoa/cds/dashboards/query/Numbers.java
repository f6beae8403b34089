package vn.thanhhoa.cds.dashboards.query;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/** Numbers the Vietnamese way: 1.234,5 (dot for thousands, comma for decimals). */
public final class Numbers {

    private Numbers() {
    }

    public static String format(Double number) {
        if (number == null) {
            return "";
        }
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0.#", symbols);
        return format.format(number);
    }
}
