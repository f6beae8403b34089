package vn.thanhhoa.cds.sink.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.thanhhoa.cds.sink.testbed.SinkTestBed;

/**
 * Every field of every record the sink writes has its column in the table the store's migrations
 * make: the sink names its columns in each insert, so a field added to a schema without a migration
 * would stop the sink (and, before it named them, was silently dropped).
 */
@ExtendWith(SinkTestBed.Extension.class)
class SinkTablesTest {

    @Test
    void theMigratedTablesHoldEveryFieldOfTheirRecords(SinkTestBed bed) {
        // One engine per process: the test bed's, with a database the store's migrations made.
        String database = bed.migratedDatabase();
        Map<String, TreeSet<String>> missing = new TreeMap<>();
        for (TableBinding binding : SinkTables.in(database).all()) {
            String table = binding.table().substring(database.length() + 1);
            TreeSet<String> columns = new TreeSet<>();
            bed.clickHouse().query("SELECT name FROM system.columns WHERE database = '" + database + "' AND table = '" + table + "'")
                    .forEach(row -> columns.add(row.string("name")));
            assertThat(columns).as(binding.table() + " exists").isNotEmpty();
            for (Schema.Field field : binding.schema().getFields()) {
                if (!columns.contains(field.name())) {
                    missing.computeIfAbsent(binding.table(), t -> new TreeSet<>()).add(field.name());
                }
            }
        }
        assertThat(missing).as("fields without a column, by table").isEmpty();
    }
}
