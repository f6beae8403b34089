package vn.thanhhoa.cds.store.migration;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thanhhoa.cds.store.ClickHouse;
import vn.thanhhoa.cds.store.ClickHouseValues;
import vn.thanhhoa.cds.store.Row;

/**
 * Brings a ClickHouse database to the store's schema: applies the migrations it lacks, in version
 * order, and records each in {@code schema_migration} (version, name, checksum, applied_at) once
 * all its statements ran. Applying again changes nothing; an applied migration whose file changed
 * stops everything with {@link ChangedMigrationException} before any statement runs. Statements are
 * {@code IF NOT EXISTS}, so a migration interrupted half-way is completed by the next run.
 * Two processes migrating one database at the same moment are not coordinated: run one setup.
 */
public final class Migrations {

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    static final String HISTORY_TABLE = "schema_migration";

    private final ClickHouse clickHouse;
    private final String database;
    private final List<Migration> migrations;

    public Migrations(ClickHouse clickHouse, String database) {
        this(clickHouse, database, MigrationScripts.all());
    }

    Migrations(ClickHouse clickHouse, String database, List<Migration> migrations) {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("not a plain database name: '" + database + "'");
        }
        this.clickHouse = clickHouse;
        this.database = database;
        this.migrations = List.copyOf(migrations);
    }

    /** Applies every migration not applied yet; returns those it applied. */
    public List<Migration> apply() {
        return applyUpTo(Integer.MAX_VALUE);
    }

    /** Applies the missing migrations up to {@code version} included (tests build every earlier state this way). */
    public List<Migration> applyUpTo(int version) {
        clickHouse.execute("CREATE DATABASE IF NOT EXISTS " + database);
        clickHouse.execute("CREATE TABLE IF NOT EXISTS " + database + "." + HISTORY_TABLE
                + " (version UInt32, name String, checksum String, applied_at DateTime64(3, 'UTC'))"
                + " ENGINE = ReplacingMergeTree ORDER BY version");
        Map<Integer, String> applied = appliedChecksums();
        for (Migration migration : migrations) {
            String checksum = applied.get(migration.version());
            if (checksum != null && !checksum.equals(migration.checksum())) {
                throw new ChangedMigrationException(migration, database, checksum);
            }
        }
        List<Migration> toApply = migrations.stream()
                .filter(migration -> migration.version() <= version && !applied.containsKey(migration.version())).toList();
        for (Migration migration : toApply) {
            long started = System.nanoTime();
            migration.statementsFor(database).forEach(clickHouse::execute);
            clickHouse.insert(database + "." + HISTORY_TABLE, List.of(Map.of("version", migration.version(), "name", migration.name(),
                    "checksum", migration.checksum(), "applied_at", ClickHouseValues.dateTime64(Instant.now().toEpochMilli()))), null);
            LOG.info("Applied migration {} to {} in {} ms", migration.label(), database, (System.nanoTime() - started) / 1_000_000);
        }
        return toApply;
    }

    /** The versions recorded as applied, with their checksums, in version order. */
    public Map<Integer, String> appliedChecksums() {
        Map<Integer, String> applied = new LinkedHashMap<>();
        for (Row row : clickHouse.query("SELECT version, checksum FROM " + database + "." + HISTORY_TABLE + " FINAL ORDER BY version")) {
            applied.put((int) row.longValue("version"), row.string("checksum"));
        }
        return applied;
    }

    /** The newest version of this build's migrations. */
    public int latestVersion() {
        return migrations.isEmpty() ? 0 : migrations.getLast().version();
    }
}
