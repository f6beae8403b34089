package vn.thanhhoa.cds.store.embedded;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rows in ClickHouse's RowBinary input format, from the same values the JSON path takes (the sink's
 * rows: text, numbers, booleans, instants as {@code "seconds.millis"} text, days as ISO text, lists and
 * maps). The engine reads RowBinary without parsing text, which is most of what a JSON insert of wide
 * rows costs it. A column type or a value this class does not know makes the whole insert go the JSON
 * way instead ({@link #forColumns} empty, {@link NotEncodable}), so nothing is ever written differently.
 */
final class RowBinary {

    /** A value whose form does not fit its column's type here (the JSON path may still take it). */
    static final class NotEncodable extends Exception {
        NotEncodable(String message) {
            super(message, null, false, false);
        }
    }

    /** Writes one value of a column. */
    @FunctionalInterface
    interface Encoding {
        void write(Object value, Output out) throws NotEncodable;
    }

    private static final Pattern DATE_TIME_64 = Pattern.compile("DateTime64\\((\\d+)(, *'[^']*')?\\)");

    private final List<String> columns;
    private final List<Encoding> encodings;

    private RowBinary(List<String> columns, List<Encoding> encodings) {
        this.columns = columns;
        this.encodings = encodings;
    }

    /** The encoding of rows with these columns of these types (as DESCRIBE TABLE names them); empty when a type has none here. */
    static Optional<RowBinary> forColumns(List<String> columns, List<String> types) {
        List<Encoding> encodings = new ArrayList<>(types.size());
        for (String type : types) {
            Encoding encoding = encodingOf(type.strip());
            if (encoding == null) {
                return Optional.empty();
            }
            encodings.add(encoding);
        }
        return Optional.of(new RowBinary(List.copyOf(columns), List.copyOf(encodings)));
    }

    /** The rows, each holding exactly this encoding's columns. */
    Output encode(List<? extends Map<String, ?>> rows) throws NotEncodable {
        Output out = new Output((int) Math.min(1 << 26, Math.max(1024L, (long) rows.size() * columns.size() * 12)));
        int width = columns.size();
        for (Map<String, ?> row : rows) {
            // The sink's rows keep their columns in one order, under the same String instances: walking the
            // entries spares a hash lookup per value, a visible share of the encoding. Any other row is looked up.
            int i = 0;
            for (Map.Entry<String, ?> entry : row.entrySet()) {
                if (i >= width || entry.getKey() != columns.get(i)) {
                    break;
                }
                encodings.get(i).write(entry.getValue(), out);
                i++;
            }
            for (; i < width; i++) {
                encodings.get(i).write(row.get(columns.get(i)), out);
            }
        }
        return out;
    }

    private static Encoding encodingOf(String type) {
        if (type.startsWith("LowCardinality(") && type.endsWith(")")) {
            // RowBinary writes a LowCardinality column as its dictionary's type.
            return encodingOf(inner(type, "LowCardinality("));
        }
        if (type.startsWith("Nullable(") && type.endsWith(")")) {
            Encoding value = encodingOf(inner(type, "Nullable("));
            return value == null ? null : (v, out) -> {
                if (v == null) {
                    out.write(1);
                } else {
                    out.write(0);
                    value.write(v, out);
                }
            };
        }
        if (type.startsWith("Array(") && type.endsWith(")")) {
            Encoding item = encodingOf(inner(type, "Array("));
            return item == null ? null : (v, out) -> {
                List<?> items = list(required(v, type));
                out.varUInt(items.size());
                for (Object element : items) {
                    item.write(element, out);
                }
            };
        }
        if (type.startsWith("Map(") && type.endsWith(")")) {
            List<String> kv = topLevel(inner(type, "Map("));
            Encoding key = kv.size() == 2 ? encodingOf(kv.get(0)) : null;
            Encoding value = kv.size() == 2 ? encodingOf(kv.get(1)) : null;
            return key == null || value == null ? null : (v, out) -> {
                if (!(required(v, type) instanceof Map<?, ?> map)) {
                    throw new NotEncodable("not a map for " + type);
                }
                out.varUInt(map.size());
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    key.write(entry.getKey(), out);
                    value.write(entry.getValue(), out);
                }
            };
        }
        if (type.startsWith("Tuple(") && type.endsWith(")")) {
            return tupleEncoding(type);
        }
        Matcher dateTime64 = DATE_TIME_64.matcher(type);
        if (dateTime64.matches()) {
            return dateTime64.group(1).equals("3") ? RowBinary::writeDateTime64Millis : null;
        }
        return switch (type) {
            case "String" -> (v, out) -> {
                if (!(required(v, type) instanceof CharSequence text)) {
                    throw new NotEncodable("not text for String");
                }
                out.string(text.toString());
            };
            case "Bool" -> (v, out) -> {
                if (!(required(v, type) instanceof Boolean flag)) {
                    throw new NotEncodable("not a boolean for Bool");
                }
                out.write(flag ? 1 : 0);
            };
            case "Int8" -> integer(type, Byte.MIN_VALUE, Byte.MAX_VALUE, 1);
            case "Int16" -> integer(type, Short.MIN_VALUE, Short.MAX_VALUE, 2);
            case "Int32" -> integer(type, Integer.MIN_VALUE, Integer.MAX_VALUE, 4);
            case "Int64" -> integer(type, Long.MIN_VALUE, Long.MAX_VALUE, 8);
            case "UInt8" -> integer(type, 0, 0xFF, 1);
            case "UInt16" -> integer(type, 0, 0xFFFF, 2);
            case "UInt32" -> integer(type, 0, 0xFFFF_FFFFL, 4);
            case "UInt64" -> integer(type, 0, Long.MAX_VALUE, 8);
            case "Float64" -> (v, out) -> {
                if (!(required(v, type) instanceof Number number)) {
                    throw new NotEncodable("not a number for Float64");
                }
                out.littleEndian(Double.doubleToRawLongBits(number.doubleValue()), 8);
            };
            case "Float32" -> (v, out) -> {
                if (!(required(v, type) instanceof Number number)) {
                    throw new NotEncodable("not a number for Float32");
                }
                out.littleEndian(Float.floatToRawIntBits(number.floatValue()), 4);
            };
            case "Date32" -> (v, out) -> out.littleEndian(epochDay(required(v, type)), 4);
            default -> null;
        };
    }

    /** A tuple from a map of its element names (the sink's nested records) or a list in element order. */
    private static Encoding tupleEncoding(String type) {
        List<String> elements = topLevel(inner(type, "Tuple("));
        List<String> names = new ArrayList<>();
        List<Encoding> encodings = new ArrayList<>();
        for (String element : elements) {
            Matcher named = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*) +(.+)").matcher(element);
            boolean hasName = named.matches() && encodingOf(named.group(2)) != null;
            Encoding encoding = hasName ? encodingOf(named.group(2)) : encodingOf(element);
            if (encoding == null) {
                return null;
            }
            names.add(hasName ? named.group(1) : null);
            encodings.add(encoding);
        }
        return (v, out) -> {
            Object value = required(v, type);
            if (value instanceof Map<?, ?> map && !names.contains(null) && map.size() == names.size()) {
                for (int i = 0; i < names.size(); i++) {
                    if (!map.containsKey(names.get(i))) {
                        throw new NotEncodable("tuple element " + names.get(i) + " missing");
                    }
                    encodings.get(i).write(map.get(names.get(i)), out);
                }
            } else if (value instanceof List<?> list && list.size() == encodings.size()) {
                for (int i = 0; i < encodings.size(); i++) {
                    encodings.get(i).write(list.get(i), out);
                }
            } else {
                throw new NotEncodable("not a tuple for " + type);
            }
        };
    }

    private static Encoding integer(String type, long min, long max, int bytes) {
        return (v, out) -> {
            Object value = required(v, type);
            if (!(value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte)) {
                throw new NotEncodable("not an integer for " + type);
            }
            long number = ((Number) value).longValue();
            if (number < min || number > max) {
                throw new NotEncodable(number + " out of range for " + type);
            }
            out.littleEndian(number, bytes);
        };
    }

    /** Instants as the JSON path takes them: {@code "seconds.millis"} (ClickHouseValues), or an {@link Instant}. */
    private static void writeDateTime64Millis(Object v, Output out) throws NotEncodable {
        Object value = required(v, "DateTime64");
        long millis;
        if (value instanceof Instant instant) {
            millis = instant.toEpochMilli();
        } else if (value instanceof CharSequence text) {
            millis = secondsDotMillis(text);
        } else {
            throw new NotEncodable("not an instant for DateTime64");
        }
        out.littleEndian(millis, 8);
    }

    /**
     * {@code "1767225600.123"} as milliseconds, read by hand: a regular expression per value was a
     * visible share of the encoding. Other text (a date-time written out, a negative epoch) is the
     * engine's to parse, through the JSON route.
     */
    static long secondsDotMillis(CharSequence text) throws NotEncodable {
        int dot = text.length() - 4;
        if (dot < 1 || dot > 12 || text.charAt(dot) != '.') {
            throw new NotEncodable("not seconds.millis for DateTime64: " + text);
        }
        long seconds = 0;
        for (int i = 0; i < dot; i++) {
            seconds = seconds * 10 + digit(text, i);
        }
        return seconds * 1000 + digit(text, dot + 1) * 100 + digit(text, dot + 2) * 10 + digit(text, dot + 3);
    }

    /** {@code "2026-01-05"} (ISO, four-digit year) as days since 1970-01-01, read by hand like {@link #secondsDotMillis}. */
    static long epochDay(Object value) throws NotEncodable {
        if (value instanceof LocalDate date) {
            return date.toEpochDay();
        }
        if (value instanceof CharSequence text && text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
            int month = digit(text, 5) * 10 + digit(text, 6);
            int day = digit(text, 8) * 10 + digit(text, 9);
            try {
                return LocalDate.of(year, month, day).toEpochDay();
            } catch (java.time.DateTimeException e) {
                throw new NotEncodable("not a day for Date32: " + text);
            }
        }
        throw new NotEncodable("not a date for Date32");
    }

    private static int digit(CharSequence text, int index) throws NotEncodable {
        char c = text.charAt(index);
        if (c < '0' || c > '9') {
            throw new NotEncodable("not a digit in " + text);
        }
        return c - '0';
    }

    /** A non-Nullable column takes no null here (the JSON path writes the type's default instead). */
    private static Object required(Object value, String type) throws NotEncodable {
        if (value == null) {
            throw new NotEncodable("null for " + type);
        }
        return value;
    }

    private static List<?> list(Object value) throws NotEncodable {
        if (value instanceof List<?> list) {
            return list;
        }
        if (value instanceof Object[] array) {
            return Arrays.asList(array);
        }
        throw new NotEncodable("not a list");
    }

    private static String inner(String type, String prefix) {
        return type.substring(prefix.length(), type.length() - 1).strip();
    }

    /** The comma-separated parts of a type's arguments, commas inside parentheses or quotes kept. */
    private static List<String> topLevel(String arguments) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < arguments.length(); i++) {
            char c = arguments.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0 && c == ',') {
                parts.add(arguments.substring(start, i).strip());
                start = i + 1;
            }
        }
        parts.add(arguments.substring(start).strip());
        return parts;
    }

    /** A growing byte buffer with the few writes RowBinary needs. */
    static final class Output {
        private byte[] bytes;
        private int size;

        Output(int capacity) {
            bytes = new byte[capacity];
        }

        void write(int b) {
            ensure(1);
            bytes[size++] = (byte) b;
        }

        void littleEndian(long value, int width) {
            ensure(width);
            for (int i = 0; i < width; i++) {
                bytes[size++] = (byte) (value >>> (8 * i));
            }
        }

        void varUInt(long value) {
            ensure(10);
            long rest = value;
            while ((rest & ~0x7FL) != 0) {
                bytes[size++] = (byte) ((rest & 0x7F) | 0x80);
                rest >>>= 7;
            }
            bytes[size++] = (byte) rest;
        }

        void string(String text) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            varUInt(utf8.length);
            ensure(utf8.length);
            System.arraycopy(utf8, 0, bytes, size, utf8.length);
            size += utf8.length;
        }

        /** The buffer itself: its first {@link #size()} bytes are the rows. */
        byte[] array() {
            return bytes;
        }

        int size() {
            return size;
        }

        private void ensure(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }
    }
}
