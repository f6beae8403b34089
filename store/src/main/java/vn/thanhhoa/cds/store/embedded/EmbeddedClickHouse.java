package vn.thanhhoa.cds.store.embedded;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thanhhoa.cds.store.ClickHouse;
import vn.thanhhoa.cds.store.ClickHouseException;
import vn.thanhhoa.cds.store.JsonEachRow;
import vn.thanhhoa.cds.store.Row;

/**
 * The ClickHouse engine inside this JVM: chDB's {@code libchdb.so} called through FFM, tables kept
 * in a data directory. chDB allows one storage path per process and one statement at a time per
 * connection, so a process opens one instance and statements are serialised here.
 */
public final class EmbeddedClickHouse implements ClickHouse {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedClickHouse.class);
    private static final String OUTPUT_FORMAT = "JSONEachRow";
    private static final long MAX_STATEMENT_BYTES = 1L << 30;

    private final ChdbLibrary chdb;
    private final Path dataDirectory;
    private final String version;
    private final ReentrantLock statementLock = new ReentrantLock();
    private final JsonEachRow jsonEachRow = new JsonEachRow();
    private MemorySegment connectionPointer;
    private final Map<String, Map<String, String>> columnTypes = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<TableColumns, java.util.Optional<RowBinary>> rowBinaries = new java.util.concurrent.ConcurrentHashMap<>();

    private EmbeddedClickHouse(ChdbLibrary chdb, Path dataDirectory, String version, MemorySegment connectionPointer) {
        this.chdb = chdb;
        this.dataDirectory = dataDirectory;
        this.version = version;
        this.connectionPointer = connectionPointer;
    }

    /** Opens (creating if needed) the engine's storage in {@code dataDirectory}. */
    public static EmbeddedClickHouse open(Path dataDirectory) {
        return open(dataDirectory, ChdbLocation.resolve());
    }

    public static EmbeddedClickHouse open(Path dataDirectory, ChdbLocation location) {
        Path library = location.requireLibrary();
        Path directory = dataDirectory.toAbsolutePath();
        try {
            Files.createDirectories(directory);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("The ClickHouse data directory " + directory + " cannot be created: " + e.getMessage(), e);
        }
        if (!Files.isWritable(directory)) {
            throw new IllegalStateException("The ClickHouse data directory " + directory + " is not writable by this user.");
        }
        ChdbLibrary chdb = ChdbLibrary.load(library);
        try (Arena arena = Arena.ofConfined()) {
            // chdb_connect would otherwise install its own SIGSEGV/SIGBUS/SIGFPE handlers over the
            // JVM's, and the JVM relies on those for implicit null checks and safepoints: it would
            // hang or die at its first NullPointerException. Must come before the first connect.
            chdb.setSignalHandlersEnabled.invokeExact(0);
            MemorySegment argv = arena.allocate(ValueLayout.ADDRESS, 3);
            argv.setAtIndex(ValueLayout.ADDRESS, 0, arena.allocateFrom("chdb"));
            argv.setAtIndex(ValueLayout.ADDRESS, 1, arena.allocateFrom("--path=" + directory));
            // An insert's rows travel inside its statement (see insert): a batch of the sink is megabytes.
            argv.setAtIndex(ValueLayout.ADDRESS, 2, arena.allocateFrom("--max_query_size=" + MAX_STATEMENT_BYTES));
            MemorySegment connection = (MemorySegment) chdb.connect.invokeExact(3, argv);
            if (connection.equals(MemorySegment.NULL)) {
                throw new ClickHouseException("chDB could not open its storage at " + directory + " (is another process using it?)");
            }
            EmbeddedClickHouse engine = new EmbeddedClickHouse(chdb, directory, location.version(), connection);
            LOG.info("Embedded ClickHouse (chDB {}) opened at {}", location.version(), directory);
            return engine;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new ClickHouseException("chDB failed to connect: " + e, e);
        }
    }

    @Override
    public void execute(String sql) {
        columnTypes.clear();
        rowBinaries.clear();
        run(sql);
    }

    @Override
    public void insert(String table, List<? extends Map<String, ?>> rows, String deduplicationToken) {
        insert(table, rows, deduplicationToken, RowsRoute.ROW_BINARY_FILE);
    }

    /** {@link #insert(String, List, String)} by a chosen route (the benchmark compares them). */
    void insert(String table, List<? extends Map<String, ?>> rows, String deduplicationToken, RowsRoute route) {
        if (rows.isEmpty()) {
            return;
        }
        List<String> firstColumns = List.copyOf(rows.getFirst().keySet());
        if (rows.stream().allMatch(row -> hasColumns(row, firstColumns))) {
            // Every batch of the sink: hashing each row's key set to group rows cost more than encoding them.
            insertSameColumns(table, List.copyOf(rows), deduplicationToken, route);
            return;
        }
        // Rows naming different columns go in one statement per set of columns, so that a column a row
        // leaves out takes the table's default (the format function would give the type's).
        Map<java.util.Set<String>, List<Map<String, ?>>> byColumns = new java.util.LinkedHashMap<>();
        for (Map<String, ?> row : rows) {
            byColumns.computeIfAbsent(row.keySet(), k -> new java.util.ArrayList<>()).add(row);
        }
        int part = 0;
        for (List<Map<String, ?>> sameColumns : byColumns.values()) {
            String token = deduplicationToken == null || byColumns.size() == 1 ? deduplicationToken : deduplicationToken + ":" + part++;
            insertSameColumns(table, sameColumns, token, route);
        }
    }

    /** Whether {@code row} has exactly these columns, in this order (the same names, compared by identity first). */
    private static boolean hasColumns(Map<String, ?> row, List<String> columns) {
        if (row.size() != columns.size()) {
            return false;
        }
        int i = 0;
        for (String column : row.keySet()) {
            String expected = columns.get(i++);
            if (column != expected && !column.equals(expected)) {
                return false;
            }
        }
        return true;
    }

    /**
     * How an insert's rows reach the engine. chDB runs ClickHouse's client code in this process, and that
     * code reads the PROCESS's standard input for an INSERT's rows whenever stdin is not a terminal: an
     * asynchronous insert with its rows in the statement is refused when bytes wait there, a synchronous
     * one (and FROM INFILE alike) reads stdin instead, forever if it is a pipe kept open, as under a test
     * runner or a supervisor. An INSERT … SELECT has no rows of its own, so every route is one: the rows
     * are read by a table function, typed by the table's own columns.
     */
    enum RowsRoute {
        /** JSONCompactEachRow text in a string literal read by {@code format()}: any value the JSON path takes. */
        JSON_LITERAL,
        /** RowBinary bytes in a string literal read by {@code format()}: no text for the engine to parse. */
        ROW_BINARY_LITERAL,
        /** RowBinary bytes in a file of the data directory read by {@code file()}. */
        ROW_BINARY_FILE
    }

    private void insertSameColumns(String table, List<Map<String, ?>> rows, String deduplicationToken, RowsRoute route) {
        String settings = JsonEachRow.settings(table, deduplicationToken);
        List<String> columns = List.copyOf(rows.getFirst().keySet());
        statementLock.lock();
        try {
            if (route != RowsRoute.JSON_LITERAL && JsonEachRow.plainColumns(columns)) {
                RowBinary.Output binary = rowBinary(table, columns, rows);
                if (binary != null) {
                    String head = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") " + settings + " SELECT * FROM ";
                    String structure = quoted(structure(table, columns));
                    if (route == RowsRoute.ROW_BINARY_LITERAL) {
                        runWithLiteral(head + "format(RowBinary, " + structure + ", ", binary, ")");
                    } else {
                        insertFromFile(head, structure, binary);
                    }
                    return;
                }
            }
            JsonEachRow.Insert insert = jsonEachRow.insert(table, rows, deduplicationToken);
            // The same columns in each row here; names other than plain ones come back without a list.
            String head = insert.head().endsWith(")") ? insert.head()
                    : insert.head() + " (" + String.join(", ", insert.columns().stream().map(c -> "`" + c.replace("`", "``") + "`").toList()) + ")";
            run(head + " " + insert.settings() + " SELECT * FROM format(" + insert.format() + ", " + quoted(structure(table, insert.columns())) + ", "
                    + quoted(insert.body()) + ")");
        } finally {
            statementLock.unlock();
        }
    }

    /** The rows in RowBinary, or null when a column's type or a value has no RowBinary form here (the JSON route takes them). */
    private RowBinary.Output rowBinary(String table, List<String> columns, List<Map<String, ?>> rows) {
        java.util.Optional<RowBinary> encoding = rowBinaries.computeIfAbsent(new TableColumns(table, columns), key -> {
            Map<String, String> types = columnTypes(table);
            List<String> typesOfColumns = new java.util.ArrayList<>();
            for (String column : columns) {
                if (!types.containsKey(column)) {
                    return java.util.Optional.empty(); // the JSON route names the missing column
                }
                typesOfColumns.add(types.get(column));
            }
            return RowBinary.forColumns(columns, typesOfColumns);
        });
        if (encoding.isEmpty()) {
            return null;
        }
        try {
            return encoding.get().encode(rows);
        } catch (RowBinary.NotEncodable e) {
            LOG.debug("rows for {} go as JSON: {}", table, e.getMessage());
            return null;
        }
    }

    private record TableColumns(String table, List<String> columns) {
    }

    /** The format functions' structure argument: each column with the table's type for it. */
    private String structure(String table, List<String> columns) {
        Map<String, String> types = columnTypes(table);
        StringBuilder structure = new StringBuilder();
        for (String column : columns) {
            String type = types.get(column);
            if (type == null) {
                throw new ClickHouseException("The table " + table + " has no column " + column + " (columns: " + types.keySet() + ")");
            }
            structure.append(structure.isEmpty() ? "" : ", ").append('`').append(column.replace("`", "``")).append("` ").append(type);
        }
        return structure.toString();
    }

    private void insertFromFile(String head, String structure, RowBinary.Output binary) {
        Path file = dataDirectory.resolve("user_files").resolve("cds-insert-" + java.util.UUID.randomUUID() + ".rowbinary");
        try {
            Files.createDirectories(file.getParent());
            try (java.io.OutputStream out = Files.newOutputStream(file)) {
                out.write(binary.array(), 0, binary.size());
            }
            run(head + "file(" + quoted(file.toString()) + ", 'RowBinary', " + structure + ")");
        } catch (java.io.IOException e) {
            throw new ClickHouseException("The rows of an insert could not be written to " + file + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (java.io.IOException e) {
                LOG.warn("{} could not be deleted: {}", file, e.getMessage());
            }
        }
    }

    /** Runs {@code before + '<bytes as a string literal>' + after}; only the statement's text goes into an error message. */
    private void runWithLiteral(String before, RowBinary.Output bytes, String after) {
        byte[] head = before.getBytes(StandardCharsets.UTF_8);
        byte[] tail = after.getBytes(StandardCharsets.UTF_8);
        byte[] data = bytes.array();
        int size = bytes.size();
        int escapes = 0;
        for (int i = 0; i < size; i++) {
            if (data[i] == '\\' || data[i] == '\'') {
                escapes++;
            }
        }
        long length = head.length + 2L + size + escapes + tail.length;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment query = arena.allocate(length);
            MemorySegment.copy(head, 0, query, ValueLayout.JAVA_BYTE, 0, head.length);
            long at = head.length;
            query.set(ValueLayout.JAVA_BYTE, at++, (byte) '\'');
            if (escapes == 0) {
                MemorySegment.copy(data, 0, query, ValueLayout.JAVA_BYTE, at, size);
                at += size;
            } else {
                for (int i = 0; i < size; i++) {
                    byte b = data[i];
                    if (b == '\\' || b == '\'') {
                        query.set(ValueLayout.JAVA_BYTE, at++, (byte) '\\');
                    }
                    query.set(ValueLayout.JAVA_BYTE, at++, b);
                }
            }
            query.set(ValueLayout.JAVA_BYTE, at++, (byte) '\'');
            MemorySegment.copy(tail, 0, query, ValueLayout.JAVA_BYTE, at, tail.length);
            run(query, length, before + "<" + size + " bytes of RowBinary>" + after);
        }
    }

    /** Each column's type, read once per table (a DDL statement through {@link #execute} forgets them). */
    private Map<String, String> columnTypes(String table) {
        return columnTypes.computeIfAbsent(table, t -> {
            Map<String, String> types = new java.util.LinkedHashMap<>();
            for (Row column : jsonEachRow.parse(run("DESCRIBE TABLE " + t))) {
                types.put(column.string("name"), column.string("type"));
            }
            return types;
        });
    }

    /** A single-quoted SQL string literal. */
    static String quoted(CharSequence text) {
        StringBuilder literal = new StringBuilder(text.length() + 16).append('\'');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '\'') {
                literal.append('\\');
            }
            literal.append(c);
        }
        return literal.append('\'').toString();
    }

    @Override
    public List<Row> query(String sql) {
        return jsonEachRow.parse(run(sql));
    }

    @Override
    public String describe() {
        return "embedded ClickHouse (chDB " + version + ") at " + dataDirectory;
    }

    /** Runs one statement and returns its output in JSONEachRow; errors become ClickHouseException. */
    String run(String sql) {
        byte[] query = sql.getBytes(StandardCharsets.UTF_8);
        try (Arena arena = Arena.ofConfined()) {
            return run(arena.allocateFrom(ValueLayout.JAVA_BYTE, query), query.length, sql);
        }
    }

    /** Runs the statement of {@code length} bytes at {@code query}; {@code text} is what an error message quotes of it. */
    private String run(MemorySegment query, long length, String text) {
        statementLock.lock();
        try (Arena arena = Arena.ofConfined()) {
            if (connectionPointer == null) {
                throw new IllegalStateException("the embedded ClickHouse at " + dataDirectory + " is closed");
            }
            MemorySegment connection = connectionPointer.reinterpret(ValueLayout.ADDRESS.byteSize()).get(ValueLayout.ADDRESS, 0);
            MemorySegment format = arena.allocateFrom(OUTPUT_FORMAT);
            MemorySegment result = (MemorySegment) chdb.queryN.invokeExact(connection, query, length, format, (long) OUTPUT_FORMAT.length());
            if (result.equals(MemorySegment.NULL)) {
                throw new ClickHouseException("chDB returned no result for: " + ClickHouseException.excerpt(text));
            }
            try {
                MemorySegment error = (MemorySegment) chdb.resultError.invokeExact(result);
                if (!error.equals(MemorySegment.NULL)) {
                    String message = error.reinterpret(Long.MAX_VALUE).getString(0, StandardCharsets.UTF_8).strip();
                    throw new ClickHouseException(message + " [statement: " + ClickHouseException.excerpt(text) + "]");
                }
                MemorySegment buffer = (MemorySegment) chdb.resultBuffer.invokeExact(result);
                long resultLength = (long) chdb.resultLength.invokeExact(result);
                if (buffer.equals(MemorySegment.NULL) || resultLength == 0) {
                    return "";
                }
                return new String(buffer.reinterpret(resultLength).toArray(ValueLayout.JAVA_BYTE), StandardCharsets.UTF_8);
            } finally {
                chdb.destroyQueryResult.invokeExact(result);
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new ClickHouseException("chDB call failed: " + e, e);
        } finally {
            statementLock.unlock();
        }
    }

    @Override
    public void close() {
        statementLock.lock();
        try {
            if (connectionPointer != null) {
                chdb.closeConnection.invokeExact(connectionPointer);
                connectionPointer = null;
                LOG.info("Embedded ClickHouse at {} closed", dataDirectory);
            }

        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new ClickHouseException("chDB failed to close: " + e, e);
        } finally {
            statementLock.unlock();
        }
    }
}
