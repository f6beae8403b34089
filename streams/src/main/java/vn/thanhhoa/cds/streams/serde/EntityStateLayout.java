package vn.thanhhoa.cds.streams.serde;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thanhhoa.cds.streams.measures.EntityState;

/**
 * How an entity's latest state is written in its store (and so in its changelog): only the fields
 * its measures read, in a small binary layout, where engines before it kept the whole Avro record
 * (a dossier's 31 fields, decoded and encoded again for every state).
 *
 * <p>A state: the byte {@value #VERSION}, the id of its field list (4 bytes), then each field's value in
 * the list's order, a tag byte and the value. The list itself (record name and field names) is
 * written once in the store under {@link #descriptorKey()}, so that a state written under another
 * catalog (more or fewer fields) is still read by its own list. An older engine's state, a whole
 * Avro record, is told apart by its first byte: every raw record starts with a string, whose length
 * Avro writes as a zig-zag varint, an even byte or one of 0x80 and above, never {@value #VERSION}.
 */
public final class EntityStateLayout {

    /** The first byte of a state in this layout. */
    public static final byte VERSION = 1;
    private static final String DESCRIPTOR_PREFIX = "L|";

    private static final byte NULL = 0;
    private static final byte TEXT = 1;
    private static final byte TRUE = 2;
    private static final byte FALSE = 3;
    private static final byte INT = 4;
    private static final byte LONG = 5;
    private static final byte DOUBLE = 6;
    private static final byte INSTANT_MILLIS = 7;
    private static final byte LOCAL_DATE = 8;
    private static final byte FLOAT = 9;
    private static final byte INSTANT = 10;

    private final String record;
    private final List<String> fields;
    private final int id;

    /** @param fields the fields kept, each once, in the order they are written */
    public EntityStateLayout(String record, List<String> fields) {
        this.record = record;
        this.fields = List.copyOf(fields);
        this.id = (record + "|" + String.join(",", this.fields)).hashCode();
    }

    public List<String> fields() {
        return fields;
    }

    public int id() {
        return id;
    }

    /** Where the store keeps this layout's field list: {@code L|id}, apart from every entity's key. */
    public String descriptorKey() {
        return descriptorKey(id);
    }

    public static String descriptorKey(int id) {
        return DESCRIPTOR_PREFIX + id;
    }

    /** Whether a stored state is in this layout (rather than an older engine's whole Avro record). */
    public static boolean isCompact(byte[] stored) {
        return stored.length >= 5 && stored[0] == VERSION;
    }

    /** The id of the field list a compact state was written with. */
    public static int layoutOf(byte[] stored) {
        return (stored[1] & 0xff) << 24 | (stored[2] & 0xff) << 16 | (stored[3] & 0xff) << 8 | stored[4] & 0xff;
    }

    /** The field list, for {@link #descriptorKey()}. */
    public byte[] descriptor() {
        Writer out = new Writer(16 * fields.size() + 16);
        out.text(record);
        out.varint(fields.size());
        fields.forEach(out::text);
        return out.bytes();
    }

    public static EntityStateLayout fromDescriptor(byte[] descriptor) {
        Reader in = new Reader(descriptor, 0);
        String record = in.text();
        int count = (int) in.varint();
        List<String> fields = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            fields.add(in.text());
        }
        return new EntityStateLayout(record, fields);
    }

    public byte[] write(EntityState state) {
        Writer out = new Writer(64 + 8 * fields.size());
        out.raw(VERSION);
        out.raw((byte) (id >>> 24));
        out.raw((byte) (id >>> 16));
        out.raw((byte) (id >>> 8));
        out.raw((byte) id);
        for (String field : fields) {
            Object value = state.value(field);
            switch (value) {
                case null -> out.raw(NULL);
                case String text -> {
                    out.raw(TEXT);
                    out.text(text);
                }
                case Boolean flag -> out.raw(flag ? TRUE : FALSE);
                case Integer number -> {
                    out.raw(INT);
                    out.zigzag(number);
                }
                case Long number -> {
                    out.raw(LONG);
                    out.zigzag(number);
                }
                case Double number -> {
                    out.raw(DOUBLE);
                    out.fixed(Double.doubleToLongBits(number), 8);
                }
                case Float number -> {
                    out.raw(FLOAT);
                    out.fixed(Float.floatToIntBits(number), 4);
                }
                case Instant instant when instant.getNano() % 1_000_000 == 0 -> {
                    out.raw(INSTANT_MILLIS);
                    out.zigzag(instant.toEpochMilli());
                }
                case Instant instant -> {
                    out.raw(INSTANT);
                    out.zigzag(instant.getEpochSecond());
                    out.varint(instant.getNano());
                }
                case LocalDate date -> {
                    out.raw(LOCAL_DATE);
                    out.zigzag(date.toEpochDay());
                }
                default -> throw new IllegalArgumentException(record + "." + field + " (" + value.getClass().getSimpleName()
                        + ") cannot be kept in a latest state: only texts, enums, booleans, numbers, timestamps and dates can");
            }
        }
        return out.bytes();
    }

    /** A state written in this layout (its id checked by the caller). */
    public EntityState read(byte[] stored) {
        Reader in = new Reader(stored, 5);
        Map<String, Object> values = new LinkedHashMap<>();
        for (String field : fields) {
            byte tag = in.raw();
            values.put(field, switch (tag) {
                case NULL -> null;
                case TEXT -> in.text();
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                case INT -> (int) in.zigzag();
                case LONG -> in.zigzag();
                case DOUBLE -> Double.longBitsToDouble(in.fixed(8));
                case FLOAT -> Float.intBitsToFloat((int) in.fixed(4));
                case INSTANT_MILLIS -> Instant.ofEpochMilli(in.zigzag());
                case INSTANT -> Instant.ofEpochSecond(in.zigzag(), in.varint());
                case LOCAL_DATE -> LocalDate.ofEpochDay(in.zigzag());
                default -> throw new IllegalStateException("a latest state of " + record + " has an unknown tag " + tag + " for " + field);
            });
        }
        return new EntityState(record, values);
    }

    private static final class Writer {
        private byte[] buffer;
        private int length;

        Writer(int capacity) {
            buffer = new byte[capacity];
        }

        void raw(byte b) {
            if (length == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
            buffer[length++] = b;
        }

        void varint(long value) {
            while ((value & ~0x7FL) != 0) {
                raw((byte) ((value & 0x7F) | 0x80));
                value >>>= 7;
            }
            raw((byte) value);
        }

        void zigzag(long value) {
            varint((value << 1) ^ (value >> 63));
        }

        void fixed(long bits, int bytes) {
            for (int i = bytes - 1; i >= 0; i--) {
                raw((byte) (bits >>> (8 * i)));
            }
        }

        void text(String text) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            varint(utf8.length);
            for (byte b : utf8) {
                raw(b);
            }
        }

        byte[] bytes() {
            return Arrays.copyOf(buffer, length);
        }
    }

    private static final class Reader {
        private final byte[] bytes;
        private int position;

        Reader(byte[] bytes, int position) {
            this.bytes = bytes;
            this.position = position;
        }

        byte raw() {
            return bytes[position++];
        }

        long varint() {
            long value = 0;
            int shift = 0;
            byte b;
            do {
                b = raw();
                value |= (long) (b & 0x7F) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            return value;
        }

        long zigzag() {
            long raw = varint();
            return (raw >>> 1) ^ -(raw & 1);
        }

        long fixed(int count) {
            long bits = 0;
            for (int i = 0; i < count; i++) {
                bits = bits << 8 | (raw() & 0xff);
            }
            return bits;
        }

        String text() {
            int length = (int) varint();
            String text = new String(bytes, position, length, StandardCharsets.UTF_8);
            position += length;
            return text;
        }
    }
}
