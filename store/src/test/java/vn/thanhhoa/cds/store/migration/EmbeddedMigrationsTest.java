package vn.thanhhoa.cds.store.migration;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.store.ClickHouse;
import vn.thanhhoa.cds.store.embedded.EmbeddedClickHouse;

class EmbeddedMigrationsTest extends MigrationsContract {

    @TempDir
    static Path dataDirectory;

    private static EmbeddedClickHouse engine;

    @BeforeAll
    static void openEngine() {
        engine = EmbeddedClickHouse.open(dataDirectory.resolve("clickhouse"));
    }

    @AfterAll
    static void closeEngine() {
        if (engine != null) {
            engine.close();
        }
    }

    @Override
    protected ClickHouse clickHouse() {
        return engine;
    }
}
