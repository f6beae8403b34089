package vn.thanhhoa.cds.store;

import java.util.List;
import java.util.Map;

/**
 * The project's one way to reach ClickHouse. The same SQL runs on both implementations: the
 * embedded engine ({@link vn.thanhhoa.cds.store.embedded.EmbeddedClickHouse}, used by the demo,
 * tests and benchmarks) and a server over JDBC ({@link vn.thanhhoa.cds.store.jdbc.JdbcClickHouse},
 * used in production). Kept this small on purpose: anything more would have to be written twice.
 *
 * <p>Every method throws {@link ClickHouseException} carrying ClickHouse's own message when a
 * statement fails; the connection stays usable afterwards.
 */
public interface ClickHouse extends AutoCloseable {

    /** Runs a statement that returns no rows (DDL, INSERT … SELECT, OPTIMIZE, SET-free statements). */
    void execute(String sql);

    /**
     * Inserts rows, given as column → value maps, in one INSERT statement.
     *
     * @param deduplicationToken when not null, ClickHouse drops a later insert into the same table
     *        with the same token (the table needs a deduplication window); lets a writer replay a
     *        batch after a crash without duplicating it
     */
    void insert(String table, List<? extends Map<String, ?>> rows, String deduplicationToken);

    /** Runs a query and returns all its rows. Meant for dashboard-sized results, not bulk export. */
    List<Row> query(String sql);

    /** A short description for logs and messages, such as {@code embedded chDB 26.7.2 at /path}. */
    String describe();

    @Override
    void close();
}
