package vn.thanhhoa.cds.dashboards.archive;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.thanhhoa.cds.store.ClickHouse;
import vn.thanhhoa.cds.store.Row;

/** The real ClickHouse, with every statement it is given kept, so that a test can say what reached it (and what did not). */
final class RecordingClickHouse implements ClickHouse {

    private final ClickHouse engine;
    private final List<String> statements = new CopyOnWriteArrayList<>();

    RecordingClickHouse(ClickHouse engine) {
        this.engine = engine;
    }

    List<String> statements() {
        return List.copyOf(statements);
    }

    @Override
    public void execute(String sql) {
        statements.add(sql);
        engine.execute(sql);
    }

    @Override
    public void insert(String table, List<? extends Map<String, ?>> rows, String deduplicationToken) {
        statements.add("INSERT INTO " + table + " " + rows);
        engine.insert(table, rows, deduplicationToken);
    }

    @Override
    public List<Row> query(String sql) {
        statements.add(sql);
        return engine.query(sql);
    }

    @Override
    public String describe() {
        return engine.describe();
    }

    @Override
    public void close() {
        // The test's TestDashboards closes the engine.
    }
}
