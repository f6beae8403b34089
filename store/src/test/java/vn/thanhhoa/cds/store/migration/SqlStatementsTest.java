package vn.thanhhoa.cds.store.migration;

import static org.assertj.core.api.Assertions.assertThat;

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
}
