package vn.thanhhoa.cds.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * chDB runs ClickHouse's client code in this process, and that code reads the process's own
 * standard input for an INSERT's rows whenever stdin is not a terminal: with {@code async_insert}
 * on (chDB 26's default) an INSERT carrying its rows was refused when bytes waited on stdin ("Processing
 * async inserts with both inlined and external data"), and a synchronous one, or FROM INFILE, read
 * stdin instead and waited for its end. A sink fed through a pipe stalled. Here a child JVM whose stdin
 * holds unread bytes, left open, inserts rows (one batch twice, dropped by its deduplication token) and
 * reads them back.
 */
class InsertWithStdinTest {

    @TempDir
    Path directory;

    @Test
    void rowsAreInsertedWhileStandardInputHoldsUnreadBytes() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED",
                "-Dcds.cache.dir=" + System.getProperty("cds.cache.dir", ""), "-cp", System.getProperty("java.class.path"),
                InsertingChild.class.getName(), directory.resolve("chdb").toString())
                .redirectErrorStream(true).start();
        OutputStream stdin = child.getOutputStream();
        stdin.write("bytes nobody reads\n".repeat(100).getBytes(StandardCharsets.UTF_8));
        stdin.flush(); // left open, unread, as a parent's command pipe would be
        boolean ended = child.waitFor(3, TimeUnit.MINUTES);
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        stdin.close();
        assertThat(ended).as("the child ended; its output:\n" + output).isTrue();
        assertThat(output).contains("rows: 3").doesNotContain("NOT_IMPLEMENTED");
        assertThat(child.exitValue()).as(output).isZero();
    }

    /** Opens the engine, inserts three rows with and without a deduplication token, prints the count. */
    public static final class InsertingChild {
        public static void main(String[] args) throws IOException {
            try (EmbeddedClickHouse engine = EmbeddedClickHouse.open(Path.of(args[0]))) {
                engine.execute("CREATE TABLE t (k String, n Int32) ENGINE = MergeTree ORDER BY k SETTINGS non_replicated_deduplication_window = 100");
                engine.insert("t", List.of(Map.of("k", "Thọ Phú", "n", 1), Map.of("k", "Yên Hùng", "n", 2)), "batch-1");
                engine.insert("t", List.of(Map.of("k", "Hàm Rồng", "n", 3)), null);
                // The same batch again: its deduplication token drops it.
                engine.insert("t", List.of(Map.of("k", "Thọ Phú", "n", 1), Map.of("k", "Yên Hùng", "n", 2)), "batch-1");
                System.out.println("rows: " + engine.query("SELECT count() AS c FROM t").getFirst().longValue("c"));
            }
        }
    }
}
