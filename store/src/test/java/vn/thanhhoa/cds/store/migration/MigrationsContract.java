package vn.thanhhoa.cds.store.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.thanhhoa.cds.store.ClickHouse;
import vn.thanhhoa.cds.store.Row;

/**
 * What the store's migrations must do, with the same SQL on the embedded engine and on a server:
 * every database ends in the same schema whatever version it started from, applying twice changes
 * nothing, and an edited applied migration is refused. Each test works in databases of its own.
 */
public abstract class MigrationsContract {

    protected abstract ClickHouse clickHouse();

    private final List<String> databases = new ArrayList<>();

    private String newDatabase() {
        String database = "migrations_" + UUID.randomUUID().toString().replace("-", "");
        databases.add(database);
        return database;
    }

    @AfterEach
    void dropDatabases() {
        databases.forEach(database -> clickHouse().execute("DROP DATABASE IF EXISTS " + database));
    }

    @Test
    void aFreshDatabaseAndOneMigratedFromEveryEarlierVersionEndIdentical() {
        String fresh = newDatabase();
        new Migrations(clickHouse(), fresh).apply();
        Schema expected = Schema.of(clickHouse(), fresh);
        int latest = MigrationScripts.all().size();
        assertThat(expected.tables()).hasSizeGreaterThanOrEqualTo(latest);

        for (int from = 0; from < latest; from++) {
            String database = newDatabase();
            Migrations migrations = new Migrations(clickHouse(), database);
            migrations.applyUpTo(from);
            assertThat(migrations.appliedChecksums()).hasSize(from);
            List<Migration> rest = migrations.apply();
            assertThat(rest).extracting(Migration::version).first().isEqualTo(from + 1);
            assertThat(Schema.of(clickHouse(), database)).as("migrated from version %d", from).isEqualTo(expected);
        }
    }

    @Test
    void applyingTwiceChangesNothing() {
        String database = newDatabase();
        Migrations migrations = new Migrations(clickHouse(), database);
        assertThat(migrations.apply()).hasSize(MigrationScripts.all().size());
        Schema once = Schema.of(clickHouse(), database);
        List<Row> history = clickHouse().query("SELECT version, name, checksum, applied_at FROM " + database + ".schema_migration ORDER BY version");

        assertThat(migrations.apply()).isEmpty();
        assertThat(new Migrations(clickHouse(), database).apply()).isEmpty();

        assertThat(Schema.of(clickHouse(), database)).isEqualTo(once);
        assertThat(clickHouse().query("SELECT version, name, checksum, applied_at FROM " + database + ".schema_migration ORDER BY version"))
                .isEqualTo(history);
        assertThat(history).extracting(row -> row.string("name")).startsWith("raw_events", "dead_letters");
    }

    @Test
    void anAppliedMigrationWhoseFileChangedIsRefusedInOneSentence() {
        String database = newDatabase();
        List<Migration> migrations = MigrationScripts.all();
        new Migrations(clickHouse(), database, migrations).apply();
        Migration first = migrations.getFirst();
        List<Migration> edited = new ArrayList<>(migrations);
        edited.set(0, Migration.of("V001__raw_events.sql", first.sql() + "\n-- an innocent-looking edit\n"));

        assertThatThrownBy(() -> new Migrations(clickHouse(), database, edited).apply())
                .isInstanceOf(ChangedMigrationException.class)
                .hasMessageStartingWith("Migration V001 raw_events was applied to database " + database + " with checksum " + first.checksum())
                .hasMessageEndingWith("an applied migration must not change, add a new one instead.")
                .satisfies(e -> assertThat(e.getMessage().lines()).hasSize(1));
    }

    @Test
    void everyMergeTreeTableDeduplicatesReplayedInsertsAndKeysCodesAsLowCardinality() {
        String database = newDatabase();
        new Migrations(clickHouse(), database).apply();
        // Views store nothing of their own: the tables they feed are checked.
        for (Row table : clickHouse().query("SELECT name, engine, create_table_query FROM system.tables WHERE database = '" + database
                + "' AND name NOT IN ('schema_migration', 'sink_batch') AND engine != 'MaterializedView'")) {
            assertThat(table.string("engine")).as(table.string("name")).isEqualTo("ReplacingMergeTree");
            assertThat(table.string("create_table_query")).as(table.string("name")).contains("non_replicated_deduplication_window = 1000");
        }
        List<Row> codes = clickHouse().query("SELECT table, name, type FROM system.columns WHERE database = '" + database
                + "' AND (name LIKE '%commune_code' OR name LIKE '%indicator_code' OR name = 'agency_code')");
        assertThat(codes).isNotEmpty().allSatisfy(column -> assertThat(column.string("type")).as(column.string("table") + "." + column.string("name"))
                .startsWith("LowCardinality("));
    }

    /** The schema of a database as ClickHouse describes it, with the database's own name taken out so that two can be compared. */
    record Schema(List<String> tables, List<String> columns) {

        static Schema of(ClickHouse clickHouse, String database) {
            List<String> tables = clickHouse.query("SELECT name, engine, sorting_key, partition_key, create_table_query FROM system.tables WHERE database = '"
                    + database + "' ORDER BY name").stream().map(row -> row.values().toString().replace(database, "<db>")).toList();
            List<String> columns = clickHouse.query("SELECT table, name, position, type, default_kind, default_expression, comment, is_in_sorting_key, "
                    + "is_in_partition_key FROM system.columns WHERE database = '" + database + "' ORDER BY table, position").stream()
                    .map(row -> row.values().toString()).toList();
            return new Schema(tables, columns);
        }
    }
}
