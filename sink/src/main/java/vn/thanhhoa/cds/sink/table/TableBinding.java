package vn.thanhhoa.cds.sink.table;

import org.apache.avro.Schema;

/**
 * A record type and the table its records go to: the table's columns are the record's fields, by
 * name (store's migrations). {@code schema} is the project's current schema of the record, the one
 * values are read into.
 */
public record TableBinding(String table, Schema schema, RowConverter rows) {

    public static TableBinding of(String table, Schema schema) {
        return new TableBinding(table, schema, new RowConverter(schema));
    }

    public String recordName() {
        return schema.getFullName();
    }
}
