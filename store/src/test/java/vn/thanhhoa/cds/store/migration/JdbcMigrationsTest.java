package vn.thanhhoa.cds.store.migration;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import vn.thanhhoa.cds.store.ClickHouse;
import vn.thanhhoa.cds.store.jdbc.ClickHouseServerForTests;

/** The migrations on a ClickHouse server, where one is reachable (see {@link ClickHouseServerForTests}); skipped with the reason otherwise. */
class JdbcMigrationsTest extends MigrationsContract {

    private static ClickHouseServerForTests server;

    @BeforeAll
    static void connect() {
        server = ClickHouseServerForTests.connect();
    }

    @AfterAll
    static void disconnect() {
        server.close();
    }

    @Override
    protected ClickHouse clickHouse() {
        assumeTrue(server.clickHouse() != null, ClickHouseServerForTests.NO_SERVER);
        return server.clickHouse();
    }
}
