package vn.thanhhoa.cds.store.jdbc;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import vn.thanhhoa.cds.store.ClickHouse;
import vn.thanhhoa.cds.store.ClickHouseContract;

/**
 * The contract against a real ClickHouse server (see {@link ClickHouseServerForTests}). With none,
 * the tests are skipped and say so.
 */
class JdbcClickHouseContractTest extends ClickHouseContract {

    private static ClickHouseServerForTests server;

    @BeforeAll
    static void connect() {
        server = ClickHouseServerForTests.connect();
    }

    @AfterAll
    static void disconnect() {
        server.close();
    }

    /** Without a server each test is reported as skipped with the reason, rather than the class vanishing from the counts. */
    @Override
    protected ClickHouse clickHouse() {
        assumeTrue(server.clickHouse() != null, ClickHouseServerForTests.NO_SERVER);
        return server.clickHouse();
    }
}
