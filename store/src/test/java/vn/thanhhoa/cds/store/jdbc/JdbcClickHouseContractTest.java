package vn.thanhhoa.cds.store.jdbc;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.clickhouse.ClickHouseContainer;
import vn.thanhhoa.cds.store.ClickHouse;
import vn.thanhhoa.cds.store.ClickHouseContract;

/**
 * The contract against a real ClickHouse server: the one named by {@code CLICKHOUSE_JDBC_URL}
 * (with {@code CLICKHOUSE_USER} / {@code CLICKHOUSE_PASSWORD}), else one started by Testcontainers
 * when a Docker engine is reachable. With neither, the tests are skipped and say so.
 */
class JdbcClickHouseContractTest extends ClickHouseContract {

    static final String SERVER_IMAGE = "clickhouse/clickhouse-server:25.8";

    private static final String NO_SERVER = "Skipped: no ClickHouse server to test against. The JDBC half of the contract runs when "
            + "CLICKHOUSE_JDBC_URL names a server, or when a Docker engine is reachable (Testcontainers starts " + SERVER_IMAGE + ").";

    private static ClickHouseContainer container;
    private static JdbcClickHouse server;

    @BeforeAll
    static void connect() {
        String url = System.getenv("CLICKHOUSE_JDBC_URL");
        if (url != null && !url.isBlank()) {
            server = JdbcClickHouse.connect(url, System.getenv("CLICKHOUSE_USER"), System.getenv("CLICKHOUSE_PASSWORD"));
            return;
        }
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            System.err.println(NO_SERVER);
            return;
        }
        container = new ClickHouseContainer(SERVER_IMAGE);
        container.start();
        server = JdbcClickHouse.connect(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }

    @AfterAll
    static void disconnect() {
        if (server != null) {
            server.close();
        }
        if (container != null) {
            container.stop();
        }
    }

    /** Without a server each test is reported as skipped with the reason, rather than the class vanishing from the counts. */
    @Override
    protected ClickHouse clickHouse() {
        assumeTrue(server != null, NO_SERVER);
        return server;
    }
}
