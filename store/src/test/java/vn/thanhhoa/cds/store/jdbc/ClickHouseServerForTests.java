package vn.thanhhoa.cds.store.jdbc;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.clickhouse.ClickHouseContainer;

/**
 * A real ClickHouse server for the JDBC halves of the store's suites: the one named by
 * {@code CLICKHOUSE_JDBC_URL} (with {@code CLICKHOUSE_USER} / {@code CLICKHOUSE_PASSWORD}), else one
 * started by Testcontainers when a Docker engine is reachable. With neither, {@link #clickHouse()}
 * is null and the tests skip with {@link #NO_SERVER}.
 */
public final class ClickHouseServerForTests implements AutoCloseable {

    public static final String SERVER_IMAGE = "clickhouse/clickhouse-server:25.8";

    public static final String NO_SERVER = "Skipped: no ClickHouse server to test against. The JDBC half of the contract runs when "
            + "CLICKHOUSE_JDBC_URL names a server, or when a Docker engine is reachable (Testcontainers starts " + SERVER_IMAGE + ").";

    private final ClickHouseContainer container;
    private final JdbcClickHouse server;

    private ClickHouseServerForTests(ClickHouseContainer container, JdbcClickHouse server) {
        this.container = container;
        this.server = server;
    }

    public static ClickHouseServerForTests connect() {
        String url = System.getenv("CLICKHOUSE_JDBC_URL");
        if (url != null && !url.isBlank()) {
            return new ClickHouseServerForTests(null, JdbcClickHouse.connect(url, System.getenv("CLICKHOUSE_USER"), System.getenv("CLICKHOUSE_PASSWORD")));
        }
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            System.err.println(NO_SERVER);
            return new ClickHouseServerForTests(null, null);
        }
        ClickHouseContainer container = new ClickHouseContainer(SERVER_IMAGE);
        container.start();
        return new ClickHouseServerForTests(container, JdbcClickHouse.connect(container.getJdbcUrl(), container.getUsername(), container.getPassword()));
    }

    /** The server, or null when there is none. */
    public JdbcClickHouse clickHouse() {
        return server;
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
        if (container != null) {
            container.stop();
        }
    }
}
