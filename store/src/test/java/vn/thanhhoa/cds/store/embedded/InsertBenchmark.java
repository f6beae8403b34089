package vn.thanhhoa.cds.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.store.ClickHouseValues;
import vn.thanhhoa.cds.store.JsonEachRow;
import vn.thanhhoa.cds.store.Row;
import vn.thanhhoa.cds.store.migration.Migrations;
import vn.thanhhoa.cds.store.embedded.EmbeddedClickHouse.RowsRoute;

/**
 * Where an insert's time goes in the embedded engine, route by route, in the sink's batch shapes
 * (issue 18, item 4). Rows are one-stop dossier rows of the migrated {@code raw_dossier} table (31
 * columns), built in the forms the sink's {@code RowConverter} gives (text, numbers, booleans, instants
 * as {@code "seconds.millis"}). Not run by {@code ./mvnw verify}: run
 * {@code ./mvnw -o -pl store -am verify -Dtest=InsertBenchmark -Dsurefire.failIfNoSpecifiedTests=false};
 * the report goes to {@code store/target/benchmarks/insert.md}, JFR recordings beside it.
 *
 * <p>The sink writes one insert per topic-partition batch; at 50,000 records a second over the raw
 * topics' partitions with a flush every second, a batch holds a few thousand rows (1,000 to 20,000
 * below; 100,000 is the sink's largest batch). The variants of a table run interleaved, batch by
 * batch, each into its own copy of raw_dossier, so that whatever else loads the machine weighs on
 * each alike; every variant's row count is checked after its run.
 */
class InsertBenchmark {

    private static final String DB = "bench";
    private static final String TABLE = DB + ".raw_dossier";
    private static final int ROWS = 100_000;
    private static final int[] BATCHES = {1_000, 5_000, 20_000, 100_000};
    private static final Path OUT = Path.of("target/benchmarks");

    @TempDir
    static Path dataDirectory;

    private static EmbeddedClickHouse engine;
    private static Map<String, String> types;
    private final StringBuilder report = new StringBuilder();

    @BeforeAll
    static void migrate() {
        engine = EmbeddedClickHouse.open(dataDirectory.resolve("clickhouse"));
        new Migrations(engine, DB).apply();
        engine.execute("CREATE TABLE " + DB + ".raw_dossier_null AS " + TABLE + " ENGINE = Null");
        Map<String, String> described = new LinkedHashMap<>();
        engine.query("DESCRIBE TABLE " + TABLE).forEach(row -> described.put(row.string("name"), row.string("type")));
        types = Map.copyOf(described);
    }

    @AfterAll
    static void close() {
        if (engine != null) {
            engine.close();
        }
    }

    /** One way of inserting a batch, into its own copy of raw_dossier. */
    private record Variant(String name, String table, Consumer<Batch> insert) {
    }

    @Test
    void insertRoutesInTheSinksBatchShapes() throws Exception {
        List<Map<String, Object>> rows = dossierRows(ROWS);
        Files.createDirectories(OUT);
        report.append("# Embedded ClickHouse insert benchmark\n\n").append(ROWS).append(" raw_dossier rows (31 columns) per measurement, ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, ").append(Instant.now()).append(", load average ")
                .append(loadAverage()).append(" at the start.\n\nThe variants of a table run interleaved, batch by batch (each its own copy of ")
                .append("raw_dossier, projection included), so that a load on the machine weighs on each alike.\n\n");

        // Java's share: building what each route sends, measured apart from the insert.
        report.append("## Building the statement in Java (measured apart, second round)\n\n| what | ms per 100,000 rows (5,000-row batches) |\n|---|---|\n");
        JsonEachRow json = new JsonEachRow();
        for (int round = 0; round < 2; round++) {
            long jsonNanos = 0;
            long quoteNanos = 0;
            long binaryNanos = 0;
            for (List<Map<String, Object>> batch : batches(rows, 5_000)) {
                long t0 = System.nanoTime();
                JsonEachRow.Insert insert = json.insert(TABLE, batch, "t");
                long t1 = System.nanoTime();
                String literal = EmbeddedClickHouse.quoted(insert.body());
                long t2 = System.nanoTime();
                RowBinary.Output binary = RowBinary.forColumns(List.copyOf(batch.getFirst().keySet()),
                        batch.getFirst().keySet().stream().map(InsertBenchmark::typeOf).toList()).orElseThrow().encode(batch);
                long t3 = System.nanoTime();
                assertThat(literal.length()).isGreaterThan(insert.body().length());
                assertThat(binary.size()).isPositive();
                jsonNanos += t1 - t0;
                quoteNanos += t2 - t1;
                binaryNanos += t3 - t2;
            }
            if (round == 1) {
                report.append("| JSONCompactEachRow text (Jackson) | ").append(ms(jsonNanos)).append(" |\n");
                report.append("| quoting it as a string literal | ").append(ms(quoteNanos)).append(" |\n");
                report.append("| RowBinary bytes | ").append(ms(binaryNanos)).append(" |\n\n");
            }
        }

        List<Variant> routes = List.of(
                variant("JSON_LITERAL (before: JSONCompactEachRow in a literal, format())", "json_literal", RowsRoute.JSON_LITERAL),
                variant("ROW_BINARY_LITERAL (RowBinary in a literal, format())", "row_binary_literal", RowsRoute.ROW_BINARY_LITERAL),
                variant("ROW_BINARY_FILE (RowBinary in a file, file())", "row_binary_file", RowsRoute.ROW_BINARY_FILE),
                new Variant("JSONCompactEachRow in a file, file()", copy("json_file"), b -> insertJsonFile(DB + ".json_file", b)));
        report.append("## Inserts: each batch one synchronous INSERT … SELECT with a deduplication token\n\n")
                .append("| route | rows per insert | inserts | seconds | rows/s | active parts after | merges running |\n|---|---|---|---|---|---|---|\n");
        interleave(routes, rows.subList(0, 10_000), 5_000, false); // warm-up, not reported
        for (int size : BATCHES) {
            interleave(routes, rows, size, true);
        }

        report.append("\n## What the engine does with the rows (5,000- and 1,000-row batches, interleaved)\n\n")
                .append("| route | rows per insert | inserts | seconds | rows/s | active parts after | merges running |\n|---|---|---|---|---|---|---|\n");
        engine.execute("CREATE TABLE " + DB + ".unprojected AS " + TABLE);
        engine.execute("ALTER TABLE " + DB + ".unprojected DROP PROJECTION IF EXISTS freshness");
        String async = "async_insert = 1, wait_for_async_insert = 1, async_insert_deduplicate = 1";
        String asyncTable = copy("async_settings");
        List<Variant> engineSide = List.of(
                new Variant("ROW_BINARY_FILE into ENGINE = Null (reading only, no part)", DB + ".raw_dossier_null",
                        b -> engine.insert(DB + ".raw_dossier_null", b.rows(), b.token(), RowsRoute.ROW_BINARY_FILE)),
                new Variant("JSON_LITERAL into ENGINE = Null (reading only, no part)", DB + ".raw_dossier_null",
                        b -> engine.insert(DB + ".raw_dossier_null", b.rows(), b.token(), RowsRoute.JSON_LITERAL)),
                new Variant("ROW_BINARY_FILE, raw_dossier without the freshness projection", DB + ".unprojected",
                        b -> engine.insert(DB + ".unprojected", b.rows(), b.token(), RowsRoute.ROW_BINARY_FILE)),
                variant("ROW_BINARY_FILE, raw_dossier", "row_binary_file", RowsRoute.ROW_BINARY_FILE),
                new Variant("ROW_BINARY_FILE, raw_dossier, no deduplication token", copy("untokened"),
                        b -> engine.insert(DB + ".untokened", b.rows(), null, RowsRoute.ROW_BINARY_FILE)),
                new Variant("JSON_LITERAL with " + async, asyncTable, b -> engine.run(jsonStatement(asyncTable, b.rows(), b.token(), async))));
        interleave(engineSide, rows, 5_000, true);
        interleave(engineSide, rows, 1_000, true);

        report.append("\n## A replayed batch (the same rows, the same token), each route\n\n| route | rows after inserting 5,000 rows twice |\n|---|---|\n");
        List<Map<String, Object>> batch = rows.subList(0, 5_000);
        for (RowsRoute route : RowsRoute.values()) {
            replay(route.name(), b -> engine.insert(TABLE, b, "replay-" + route, route), batch);
        }
        replay("async settings, format()", b -> engine.run(jsonStatement(TABLE, b, "replay-async", async)), batch);

        // JDK Flight Recorder over the Java side of the old and the new route (5,000-row batches).
        for (RowsRoute route : List.of(RowsRoute.JSON_LITERAL, RowsRoute.ROW_BINARY_FILE)) {
            engine.execute("TRUNCATE TABLE " + TABLE);
            Recording recording = new Recording(Configuration.getConfiguration("profile"));
            recording.start();
            int index = 0;
            for (List<Map<String, Object>> b : batches(rows, 5_000)) {
                engine.insert(TABLE, b, "jfr:" + route + ":" + index++, route);
            }
            recording.stop();
            recording.dump(OUT.resolve("insert-" + route + ".jfr"));
            recording.close();
        }

        report.append("\n## Parts log\n\n").append(partLog()).append('\n');
        report.append("\n## The engine's insert settings\n\n| setting | value |\n|---|---|\n");
        for (Row setting : engine.query("SELECT name, value FROM system.settings WHERE name LIKE '%async_insert%' OR name LIKE '%dedupl%' "
                + "OR name IN ('max_threads', 'max_insert_threads', 'input_format_parallel_parsing', 'min_insert_block_size_rows', "
                + "'min_insert_block_size_bytes', 'optimize_on_insert', 'log_queries', 'max_query_size') ORDER BY name")) {
            report.append("| ").append(setting.string("name")).append(" | ").append(setting.string("value")).append(" |\n");
        }
        report.append("\nLoad average at the end: ").append(loadAverage()).append(".\n");
        Files.writeString(OUT.resolve("insert.md"), report, StandardCharsets.UTF_8);
        System.out.println(report);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static Variant variant(String name, String table, RowsRoute route) {
        String copy = copy(table);
        return new Variant(name, copy, b -> engine.insert(copy, b.rows(), b.token(), route));
    }

    /** A copy of raw_dossier (its projection included) named {@code bench.<name>}, made once. */
    private static String copy(String name) {
        engine.execute("CREATE TABLE IF NOT EXISTS " + DB + "." + name + " AS " + TABLE);
        return DB + "." + name;
    }

    /** The rows as JSONCompactEachRow in a file of the engine's user_files, read by file(). */
    private static void insertJsonFile(String table, Batch batch) {
        JsonEachRow.Insert insert = new JsonEachRow().insert(table, batch.rows(), batch.token());
        Path file = dataDirectory.resolve("clickhouse").resolve("user_files").resolve("bench-" + batch.token().replace(':', '_') + ".json");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, insert.body(), StandardCharsets.UTF_8);
            engine.run(insert.head() + " " + insert.settings() + " SELECT * FROM file(" + EmbeddedClickHouse.quoted(file.toString())
                    + ", 'JSONCompactEachRow', " + EmbeddedClickHouse.quoted(structure(insert.columns())) + ")");
            Files.delete(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** All rows in batches of {@code size}, each batch inserted by every variant in turn (the order rotating); each variant's time summed. */
    private void interleave(List<Variant> variants, List<Map<String, Object>> rows, int size, boolean reported) {
        for (Variant variant : variants) {
            if (!variant.table().endsWith("_null")) {
                engine.execute("TRUNCATE TABLE " + variant.table());
            }
        }
        long[] nanos = new long[variants.size()];
        List<List<Map<String, Object>>> batches = batches(rows, size);
        for (int index = 0; index < batches.size(); index++) {
            for (int k = 0; k < variants.size(); k++) {
                int v = (index + k) % variants.size();
                String token = "bench:" + v + ":" + size + ":" + rows.size() + ":" + index + (reported ? "" : ":warm");
                long started = System.nanoTime();
                variants.get(v).insert().accept(new Batch(batches.get(index), token));
                nanos[v] += System.nanoTime() - started;
            }
        }
        if (!reported) {
            return;
        }
        for (int v = 0; v < variants.size(); v++) {
            Variant variant = variants.get(v);
            boolean nothingKept = variant.table().endsWith("_null");
            if (!nothingKept) {
                assertThat(count(variant.table())).as(variant.name() + " " + size).isEqualTo(rows.size());
            }
            double seconds = nanos[v] / 1e9;
            report.append("| ").append(variant.name()).append(" | ").append(size).append(" | ").append(batches.size()).append(" | ")
                    .append("%.2f".formatted(seconds)).append(" | ").append("%,.0f".formatted(rows.size() / seconds)).append(" | ")
                    .append(nothingKept ? "–" : activeParts(variant.table())).append(" | ").append(merges()).append(" |\n");
        }
    }

    private record Batch(List<Map<String, Object>> rows, String token) {
    }

    private void replay(String route, Consumer<List<Map<String, Object>>> insert, List<Map<String, Object>> batch) {
        engine.execute("TRUNCATE TABLE " + TABLE);
        try {
            insert.accept(batch);
            insert.accept(batch);
            report.append("| ").append(route).append(" | ").append(count(TABLE)).append(" |\n");
        } catch (vn.thanhhoa.cds.store.ClickHouseException e) {
            report.append("| ").append(route).append(" | refused: ").append(e.getMessage().lines().findFirst().orElse("").replace('|', '/')).append(" |\n");
        }
    }

    private static long count(String table) {
        return engine.query("SELECT count() AS c FROM " + table).getFirst().longValue("c");
    }

    private static long activeParts(String table) {
        String[] name = table.split("\\.");
        return engine.query("SELECT count() AS c FROM system.parts WHERE database = '" + name[0] + "' AND table = '" + name[1] + "' AND active")
                .getFirst().longValue("c");
    }

    private static long merges() {
        return engine.query("SELECT count() AS c FROM system.merges").getFirst().longValue("c");
    }

    private static String partLog() {
        try {
            StringBuilder log = new StringBuilder("| event | parts | rows |\n|---|---|---|\n");
            for (Row row : engine.query("SELECT toString(event_type) AS e, count() AS c, sum(rows) AS r FROM system.part_log WHERE database = '" + DB
                    + "' GROUP BY e ORDER BY e")) {
                log.append("| ").append(row.string("e")).append(" | ").append(row.longValue("c")).append(" | ").append(row.longValue("r")).append(" |\n");
            }
            return log.toString();
        } catch (RuntimeException e) {
            return "system.part_log is not kept by this engine (" + e.getMessage().lines().findFirst().orElse("") + ")\n";
        }
    }

    private static String jsonStatement(String table, List<Map<String, Object>> rows, String token, String settings) {
        JsonEachRow.Insert insert = new JsonEachRow().insert(table, rows, null);
        return insert.head() + " SETTINGS " + settings + ", insert_deduplication_token = '" + token + "' SELECT * FROM format(JSONCompactEachRow, "
                + EmbeddedClickHouse.quoted(structure(insert.columns())) + ", " + EmbeddedClickHouse.quoted(insert.body()) + ")";
    }

    private static String structure(List<String> columns) {
        return String.join(", ", columns.stream().map(column -> "`" + column + "` " + typeOf(column)).toList());
    }

    private static String typeOf(String column) {
        return types.get(column);
    }

    private static List<List<Map<String, Object>>> batches(List<Map<String, Object>> rows, int size) {
        List<List<Map<String, Object>>> batches = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += size) {
            batches.add(rows.subList(from, Math.min(rows.size(), from + size)));
        }
        return batches;
    }

    private static String ms(long nanos) {
        return "%,.0f".formatted(nanos / 1e6);
    }

    /**
     * Province-scale-like dossier rows in the sink's forms (RowConverter: Avro field order, enums as
     * text, timestamp-millis as ClickHouseValues.dateTime64), 166 communes, about a third of the
     * optional fields empty.
     */
    static List<Map<String, Object>> dossierRows(int count) {
        long start = Instant.parse("2026-01-05T01:00:00Z").toEpochMilli();
        String[] procedures = {"1.000894.000.00.00.H56", "1.001612.000.00.00.H56", "2.000488.000.00.00.H56", "1.004227.000.00.00.H56",
                "2.001263.000.00.00.H56", "1.003583.000.00.00.H56"};
        String[] channels = {"ONLINE", "DIRECT", "POSTAL"};
        List<Map<String, Object>> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long changed = start + i * 3_000L;
            String commune = String.valueOf(14_000 + (i * 37) % 166 * 11);
            Map<String, Object> row = LinkedHashMap.newLinkedHashMap(31);
            row.put("event_id", "%016x%016x".formatted(i * 0x9E3779B97F4A7C15L, (i + 7L) * 0xC2B2AE3D27D4EB4FL));
            row.put("dossier_code", "000.00.20.H56-" + (260105 + i % 28) + "-" + "%05d".formatted(i / 3));
            row.put("local_dossier_code", i % 4 == 0 ? null : "H56.20-" + "%06d".formatted(i / 3));
            row.put("procedure_code", procedures[i % procedures.length]);
            row.put("sector_code", i % 5 == 0 ? null : "G" + (10 + i % 17));
            row.put("service_level", i % 3 == 0 ? "FULLY_ONLINE" : i % 3 == 1 ? "PARTIALLY_ONLINE" : null);
            row.put("channel", channels[i % channels.length]);
            row.put("applicant_type", i % 7 == 0 ? "ORGANISATION" : "CITIZEN");
            row.put("applicant_pseudonym", i % 5 == 0 ? null : "k1:" + Long.toHexString(i * 7919L * 104729L));
            row.put("status", i % 6);
            row.put("submitted_at", ClickHouseValues.dateTime64(changed - 86_400_000L));
            row.put("received_at", ClickHouseValues.dateTime64(changed - 80_000_000L));
            row.put("due_at", ClickHouseValues.dateTime64(changed + 5 * 86_400_000L));
            row.put("finished_at", i % 2 == 0 ? ClickHouseValues.dateTime64(changed) : null);
            row.put("returned_at", i % 4 == 0 ? ClickHouseValues.dateTime64(changed + 3_600_000L) : null);
            row.put("rejected_at", i % 29 == 0 ? ClickHouseValues.dateTime64(changed) : null);
            row.put("has_digitised_components", i % 2 == 0);
            row.put("has_electronic_result", i % 3 != 0);
            row.put("reused_data", i % 5 == 0);
            row.put("submitted_files", i % 4);
            row.put("reused_files", i % 2);
            row.put("vneid_verified", i % 3 == 0);
            row.put("paid_online", i % 4 == 0);
            row.put("has_fees", i % 2 == 1);
            row.put("satisfaction", i % 9 == 0 ? "SATISFIED" : null);
            row.put("agency_code", "000.00." + (20 + i % 30) + ".H56");
            row.put("commune_code", commune);
            row.put("changed_at", ClickHouseValues.dateTime64(changed));
            row.put("source_location", "hoso-tthc/2026/hoso-2026-01-" + "%02d".formatted(1 + i % 28) + ".jsonl:" + (i + 1));
            row.put("applicant_adult", i % 6 == 0 ? null : i % 8 != 0);
            row.put("applicant_residence_commune_code", i % 3 == 0 ? null : commune);
            rows.add(row);
        }
        return rows;
    }
}
