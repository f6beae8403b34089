package vn.thanhhoa.cds.store;

/** A statement ClickHouse refused or could not run; the message is ClickHouse's own, with the statement. */
public class ClickHouseException extends RuntimeException {

    public ClickHouseException(String message) {
        super(message);
    }

    public ClickHouseException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Shortens a statement for an error message: bulk inserts can be megabytes long. */
    public static String excerpt(String sql) {
        String oneLine = sql.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 200) + " …";
    }
}
