package vn.thanhhoa.cds.reports;

import java.nio.file.Path;
import vn.thanhhoa.cds.store.embedded.EmbeddedClickHouse;
import vn.thanhhoa.cds.store.migration.Migrations;

/** The embedded ClickHouse with the store's migrations applied to database {@value #DATABASE}; one per test class (chDB: one storage at a time). */
public final class StoreFixture {

    public static final String DATABASE = "cds";

    private StoreFixture() {
    }

    public static EmbeddedClickHouse open(Path directory) {
        EmbeddedClickHouse engine = EmbeddedClickHouse.open(directory.resolve("clickhouse"));
        new Migrations(engine, DATABASE).apply();
        return engine;
    }
}
