package vn.thanhhoa.cds.sink.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import vn.thanhhoa.cds.store.ClickHouseValues;

/**
 * Turns a record into a row, column = field name, each value in the form ClickHouse's JSONEachRow
 * reads into the column the migrations declare: enums and strings as text, timestamp-millis through
 * {@link ClickHouseValues#dateTime64}, dates through {@link ClickHouseValues#date}, maps as objects,
 * arrays of records as arrays of objects (named tuples). The conversion of each field is worked out
 * once from the schema. The row depends on the record alone, so a batch rebuilt after a restart is
 * the same bytes.
 */
public final class RowConverter {

    private final List<Column> columns;

    public RowConverter(Schema schema) {
        List<Column> list = new ArrayList<>();
        for (Schema.Field field : schema.getFields()) {
            list.add(new Column(field.name(), field.pos(), converterFor(field.schema())));
        }
        this.columns = List.copyOf(list);
    }

    private record Column(String name, int position, Function<Object, Object> converter) {
    }

    public Map<String, Object> row(GenericRecord record) {
        Map<String, Object> row = LinkedHashMap.newLinkedHashMap(columns.size());
        for (Column column : columns) {
            Object value = record.get(column.position());
            row.put(column.name(), value == null ? null : column.converter().apply(value));
        }
        return row;
    }

    private static Function<Object, Object> converterFor(Schema schema) {
        LogicalType logical = schema.getLogicalType();
        if (logical instanceof LogicalTypes.TimestampMillis) {
            return value -> ClickHouseValues.dateTime64((Long) value);
        }
        if (logical instanceof LogicalTypes.Date) {
            return value -> ClickHouseValues.date((Integer) value);
        }
        return switch (schema.getType()) {
            case UNION -> unionConverter(schema);
            case STRING, ENUM -> Object::toString;
            case MAP -> {
                Function<Object, Object> values = converterFor(schema.getValueType());
                yield value -> {
                    Map<String, Object> map = new LinkedHashMap<>();
                    ((Map<?, ?>) value).forEach((k, v) -> map.put(k.toString(), v == null ? null : values.apply(v)));
                    return map;
                };
            }
            case ARRAY -> {
                Function<Object, Object> items = converterFor(schema.getElementType());
                yield value -> ((List<?>) value).stream().map(item -> item == null ? null : items.apply(item)).toList();
            }
            case RECORD -> {
                RowConverter nested = new RowConverter(schema);
                yield value -> nested.row((GenericRecord) value);
            }
            case BOOLEAN, INT, LONG, FLOAT, DOUBLE -> Function.identity();
            default -> throw new IllegalArgumentException("no ClickHouse column form for Avro " + schema.getType() + " (" + schema + ")");
        };
    }

    /** The project's unions are a type or null; the null case never reaches a converter. */
    private static Function<Object, Object> unionConverter(Schema union) {
        List<Schema> types = union.getTypes().stream().filter(type -> type.getType() != Schema.Type.NULL).toList();
        if (types.size() != 1) {
            throw new IllegalArgumentException("only [null, T] unions have a column form, not " + union);
        }
        return converterFor(types.getFirst());
    }
}
