package vn.thanhhoa.cds.streams.measures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;

/**
 * Reads a field of a raw record (or of the part of it a latest state keeps) by the name the
 * catalog's derivations use, as the catalog spells values: enums by symbol, booleans and codes as
 * text. The catalog is data, so the engine reads records by name rather than through each
 * generated class.
 */
public final class RecordField {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private RecordField() {
    }

    /** The field's value, or null when the record has the field unset; a field the record lacks is a catalog error. */
    public static Object value(SpecificRecord record, String field) {
        Schema.Field f = record.getSchema().getField(field);
        if (f == null) {
            throw new IllegalArgumentException(record.getSchema().getName() + " has no field " + field);
        }
        return record.get(f.pos());
    }

    /** The value as the catalog writes it in a condition: "ONLINE", "true", "9"; null stays null. */
    public static String text(SpecificRecord record, String field) {
        Object value = value(record, field);
        return value == null ? null : value.toString();
    }

    /** The value as the catalog writes it in a condition: "ONLINE", "true", "9"; null stays null. */
    public static String text(EntityState state, String field) {
        Object value = state.value(field);
        return value == null ? null : value.toString();
    }

    /** The day (Vietnam time) or month a timestamp, date or yyyy-MM period field places the record in; null when unset. */
    public static LocalDate day(EntityState state, String field) {
        Object value = state.value(field);
        return switch (value) {
            case null -> null;
            case Instant instant -> LocalDate.ofInstant(instant, VIETNAM);
            case LocalDate date -> date;
            case CharSequence text when text.toString().matches("\\d{4}-\\d{2}") -> YearMonth.parse(text).atDay(1);
            case CharSequence text when text.toString().matches("\\d{4}") -> LocalDate.of(Integer.parseInt(text.toString()), 1, 1);
            default -> throw new IllegalArgumentException(state.record() + "." + field + " is no date: " + value);
        };
    }

    /** An ordering timestamp in epoch milliseconds (Instant, date or number); Long.MIN_VALUE when unset. */
    public static long time(EntityState state, String field) {
        Object value = state.value(field);
        return switch (value) {
            case null -> Long.MIN_VALUE;
            case Instant instant -> instant.toEpochMilli();
            case LocalDate date -> date.atStartOfDay(VIETNAM).toInstant().toEpochMilli();
            case Number number -> number.longValue();
            default -> throw new IllegalArgumentException(state.record() + "." + field + " cannot order states: " + value);
        };
    }

    /** A numeric field as a double; 0 when unset. */
    public static double number(EntityState state, String field) {
        Object value = state.value(field);
        return value instanceof Number number ? number.doubleValue() : 0;
    }
}
