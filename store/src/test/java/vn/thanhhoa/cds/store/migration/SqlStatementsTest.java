package vn.thanhhoa.cds.store.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SqlStatementsTest {

    @Test
    void splitsAtTheSemicolonsThatEndStatementsOnly() {
        String sql = """
                -- a comment; with a semicolon
                CREATE TABLE a (x String DEFAULT ';') ENGINE = Memory; -- trailing; comment
                CREATE TABLE `b;c` (y String) ENGINE = Memory;
                -- only a comment at the end;
                """;

        assertThat(SqlStatements.split(sql)).containsExactly(
                "-- a comment; with a semicolon\nCREATE TABLE a (x String DEFAULT ';') ENGINE = Memory",
                "-- trailing; comment\nCREATE TABLE `b;c` (y String) ENGINE = Memory");
    }

    @Test
    void everyMigrationOfTheBuildIsNumberedInOrderAndHasStatements() {
        assertThat(MigrationScripts.all()).isNotEmpty().allSatisfy(migration -> {
            assertThat(migration.statementsFor("cds")).isNotEmpty().allSatisfy(statement -> assertThat(statement).doesNotContain("${"));
            assertThat(migration.checksum()).hasSize(64);
        });
    }

    /**
     * A file in the folder but missing from migrations.list is never applied, silently: V012 (the
     * freshness projections) sat in the folder unlisted while the benchmark reported it in place.
     */
    @Test
    void everyMigrationFileInTheFolderIsListed() throws IOException {
        Path folder = Path.of("src/main/resources", MigrationScripts.FOLDER);
        assertThat(folder).as("the store module's migrations folder (tests run from the module)").isDirectory();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(MigrationScripts.all()).extracting(m -> "V%03d__%s.sql".formatted(m.version(), m.name()))
                    .containsExactlyElementsOf(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted().toList());
        }
    }
}
