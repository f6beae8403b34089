package vn.thanhhoa.cds.dashboards.table;

/**
 * A column of a shown table.
 *
 * @param key   the field name in the JSON rows
 * @param label the Vietnamese heading
 */
public record Column(String key, String label, Kind kind) {

    /** How a cell is written: text, a number (Vietnamese format), a day (dd/MM/yyyy), a moment (dd/MM/yyyy HH:mm, Vietnam time), a status code. */
    public enum Kind { TEXT, NUMBER, DAY, MOMENT, STATUS }

    public static Column text(String key, String label) {
        return new Column(key, label, Kind.TEXT);
    }

    public static Column number(String key, String label) {
        return new Column(key, label, Kind.NUMBER);
    }

    public static Column day(String key, String label) {
        return new Column(key, label, Kind.DAY);
    }

    public static Column moment(String key, String label) {
        return new Column(key, label, Kind.MOMENT);
    }

    public static Column status(String key, String label) {
        return new Column(key, label, Kind.STATUS);
    }
}
