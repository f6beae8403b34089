package vn.thanhhoa.cds.streams.measures;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;

/**
 * The part of a raw record an entity's latest state keeps: the fields its measures read (entity,
 * ordering time, communes, conditions, periods, what an entry adds), by name. Texts and enum
 * symbols are kept as strings, so that a state read back equals the one projected from the record.
 * A field a state lacks (kept by an engine whose catalog read fewer fields) reads as unset.
 *
 * @param record the raw record's name, for messages
 */
public record EntityState(String record, Map<String, Object> fields) {

    /** @param fields the caller's own map, not changed after (wrapped, not copied: a state is made for every record) */
    public EntityState {
        fields = Collections.unmodifiableMap(fields);
    }

    /** The named fields of a raw record; a name the record does not have is a catalog error, named. */
    public static EntityState of(SpecificRecord record, List<String> names) {
        return of(record, names, positions(record.getSchema(), names));
    }

    /** The positions of the named fields in the record schema, to be looked up once for many records. */
    public static int[] positions(Schema schema, List<String> names) {
        int[] positions = new int[names.size()];
        for (int i = 0; i < positions.length; i++) {
            Schema.Field field = schema.getField(names.get(i));
            if (field == null) {
                throw new IllegalArgumentException(schema.getName() + " has no field " + names.get(i));
            }
            positions[i] = field.pos();
        }
        return positions;
    }

    /** @param positions the fields' positions in the record's schema ({@link #positions}) */
    public static EntityState of(SpecificRecord record, List<String> names, int[] positions) {
        Map<String, Object> fields = new LinkedHashMap<>(names.size() * 2);
        for (int i = 0; i < positions.length; i++) {
            Object value = record.get(positions[i]);
            fields.put(names.get(i), value instanceof CharSequence || value instanceof Enum<?> ? value.toString() : value);
        }
        return new EntityState(record.getSchema().getName(), fields);
    }

    /** The field's value, or null when unset or not kept. */
    public Object value(String field) {
        return fields.get(field);
    }
}
