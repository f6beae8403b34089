package vn.thanhhoa.cds.store;

import java.time.LocalDate;

/**
 * Values written the way both implementations parse them the same in JSONEachRow, whatever the
 * server's {@code date_time_input_format}: instants as Unix seconds with milliseconds in a string
 * ({@code "1730000000.123"}, independent of the column's time zone), days as ISO dates.
 */
public final class ClickHouseValues {

    private ClickHouseValues() {
    }

    /** An instant for a {@code DateTime64(3, …)} column. */
    public static String dateTime64(long epochMillis) {
        long seconds = Math.floorDiv(epochMillis, 1000L);
        int millis = (int) Math.floorMod(epochMillis, 1000L);
        return seconds + "." + (millis < 10 ? "00" : millis < 100 ? "0" : "") + millis;
    }

    /** A day, given as days since 1970-01-01 (Avro's {@code date}), for a {@code Date32} column. */
    public static String date(int epochDay) {
        return LocalDate.ofEpochDay(epochDay).toString();
    }
}
