package vn.thanhhoa.cds.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.store.ClickHouse;
import vn.thanhhoa.cds.store.ClickHouseContract;

class EmbeddedClickHouseContractTest extends ClickHouseContract {

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

    @Test
    void describesItselfWithThePinnedVersion() {
        assertThat(engine.describe()).contains("26.7.3-stable.1").contains(dataDirectory.toString());
        assertThat(engine.query("SELECT version() AS v").getFirst().string("v")).startsWith("26.7");
    }

    /**
     * chDB installs crash-signal handlers over the JVM's unless told not to; the JVM needs its own
     * to turn a segfault at a null dereference into a NullPointerException. If an upgrade of chDB
     * breaks {@code chdb_set_signal_handlers_enabled(0)}, this test hangs or kills the JVM.
     */
    @Test
    void theJvmStillHandlesItsOwnSignalsAfterTheEngineConnected() {
        engine.query("SELECT 1 AS one");
        for (int round = 0; round < 1000; round++) {
            assertThatThrownBy(() -> lengthOf(null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> elementOf(new int[1], 5)).isInstanceOf(ArrayIndexOutOfBoundsException.class);
        }
        assertThatThrownBy(() -> recurse(0)).isInstanceOf(StackOverflowError.class);
        List<byte[]> garbage = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            garbage.add(new byte[1 << 20]);
            if (garbage.size() > 20) {
                garbage.clear();
            }
        }
        System.gc();
        assertThat(engine.query("SELECT 2 AS two").getFirst().longValue("two")).isEqualTo(2);
    }

    @Test
    void tablesPersistInTheDataDirectoryAcrossReopen() {
        engine.execute("CREATE TABLE IF NOT EXISTS default.persisted (k String) ENGINE = MergeTree ORDER BY k");
        engine.insert("default.persisted", List.of(java.util.Map.of("k", "Thọ Phú")), null);
        engine.close();
        engine = EmbeddedClickHouse.open(dataDirectory.resolve("clickhouse"));
        assertThat(engine.query("SELECT k FROM default.persisted").getFirst().string("k")).isEqualTo("Thọ Phú");
        engine.execute("DROP TABLE default.persisted");
    }

    private static int lengthOf(String text) {
        return text.length();
    }

    private static int elementOf(int[] values, int index) {
        return values[index];
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }
}
