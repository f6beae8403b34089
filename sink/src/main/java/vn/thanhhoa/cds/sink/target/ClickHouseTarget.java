package vn.thanhhoa.cds.sink.target;

import vn.thanhhoa.cds.store.ClickHouse;
import vn.thanhhoa.cds.store.jdbc.JdbcClickHouse;

/**
 * The ClickHouse a task writes to, connected on first use and again after a failure: a server
 * through JDBC (a connection this task owns and closes), or an embedded engine of this JVM (borrowed
 * from {@link InProcessClickHouses}, never closed here: the process that opened it owns it).
 */
public final class ClickHouseTarget implements AutoCloseable {

    private final String url;
    private final String user;
    private final String password;
    private ClickHouse current;

    public ClickHouseTarget(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** The connection, opened if there is none; throws when ClickHouse cannot be reached. */
    public ClickHouse get() {
        if (current == null) {
            current = url.startsWith(InProcessClickHouses.SCHEME)
                    ? InProcessClickHouses.lookup(url.substring(InProcessClickHouses.SCHEME.length()))
                    : JdbcClickHouse.connect(url, user, password);
        }
        return current;
    }

    /** Forgets the connection after a failure, so that the next {@link #get()} connects again. */
    public void reset() {
        closeOwned();
        current = null;
    }

    /** For messages: where the sink writes, without credentials. */
    public String describe() {
        return url;
    }

    @Override
    public void close() {
        reset();
    }

    private void closeOwned() {
        if (current instanceof JdbcClickHouse server) {
            try {
                server.close();
            } catch (RuntimeException e) {
                // The connection is being dropped because it failed; closing it may fail the same way.
            }
        }
    }
}
