package vn.thanhhoa.cds.store.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
import vn.thanhhoa.cds.store.ClickHouse;
import vn.thanhhoa.cds.store.ClickHouseException;
import vn.thanhhoa.cds.store.JsonEachRow;
import vn.thanhhoa.cds.store.Row;

/** A ClickHouse server reached through the official JDBC driver ({@code com.clickhouse:clickhouse-jdbc}). */
public final class JdbcClickHouse implements ClickHouse {

    private final String url;
    private final Connection connection;
    private final JsonEachRow jsonEachRow = new JsonEachRow();
    private final ReentrantLock statementLock = new ReentrantLock();

    private JdbcClickHouse(String url, Connection connection) {
        this.url = url;
        this.connection = connection;
    }

    /** Connects to {@code url} such as {@code jdbc:clickhouse://host:8123/default}. */
    public static JdbcClickHouse connect(String url, String user, String password) {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        try {
            return new JdbcClickHouse(url, DriverManager.getConnection(url, properties));
        } catch (SQLException e) {
            throw new ClickHouseException("Cannot connect to ClickHouse at " + url + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void execute(String sql) {
        statementLock.lock();
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw failure(e, sql);
        } finally {
            statementLock.unlock();
        }
    }

    @Override
    public void insert(String table, List<? extends Map<String, ?>> rows, String deduplicationToken) {
        if (!rows.isEmpty()) {
            execute(jsonEachRow.insertStatement(table, rows, deduplicationToken));
        }
    }

    @Override
    public List<Row> query(String sql) {
        statementLock.lock();
        try (Statement statement = connection.createStatement(); ResultSet results = statement.executeQuery(sql)) {
            ResultSetMetaData meta = results.getMetaData();
            List<Row> rows = new ArrayList<>();
            while (results.next()) {
                Map<String, Object> values = new LinkedHashMap<>();
                for (int column = 1; column <= meta.getColumnCount(); column++) {
                    values.put(meta.getColumnLabel(column), results.getObject(column));
                }
                rows.add(new Row(values));
            }
            return rows;
        } catch (SQLException e) {
            throw failure(e, sql);
        } finally {
            statementLock.unlock();
        }
    }

    @Override
    public String describe() {
        return "ClickHouse server at " + url;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new ClickHouseException("Closing the connection to " + url + " failed: " + e.getMessage(), e);
        }
    }

    private static ClickHouseException failure(SQLException e, String sql) {
        return new ClickHouseException(e.getMessage() + " [statement: " + ClickHouseException.excerpt(sql) + "]", e);
    }
}
