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
        Schema schema = record.getSchema();
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String name : names) {
            Schema.Field field = schema.getField(name);
            if (field == null) {
                throw new IllegalArgumentException(schema.getName() + " has no field " + name);
            }
            Object value = record.get(field.pos());
            fields.put(name, value instanceof CharSequence || value instanceof Enum<?> ? value.toString() : value);
        }
        return new EntityState(schema.getName(), fields);
    }

    /** The field's value, or null when unset or not kept. */
    public Object value(String field) {
        return fields.get(field);
    }
}
