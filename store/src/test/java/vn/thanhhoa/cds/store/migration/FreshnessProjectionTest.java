package vn.thanhhoa.cds.store.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.thanhhoa.cds.store.ClickHouseException;
import vn.thanhhoa.cds.store.ClickHouseValues;
import vn.thanhhoa.cds.store.Row;
import vn.thanhhoa.cds.store.embedded.EmbeddedClickHouse;

/**
 * V012's {@code freshness} projection on each raw table: the dashboard's freshness read (per commune,
 * the newest event time and the row count) is answered from it, with the figures a plain read of the
 * rows gives, on parts written after the migration (the case the page benchmark hit) and after a
 * merge that drops a replayed row. Expected figures are counted here from the rows inserted.
 */
class FreshnessProjectionTest {

    private static final String DB = "freshness";

    @TempDir
    static Path dataDirectory;

    private static EmbeddedClickHouse engine;

    @BeforeAll
    static void migrate() {
        engine = EmbeddedClickHouse.open(dataDirectory.resolve("clickhouse"));
        new Migrations(engine, DB).apply();
    }

    @AfterAll
    static void close() {
        if (engine != null) {
            engine.close();
        }
    }

    /** A raw table, its event-time column, and a row of it for one event (key columns from the event's id). */
    enum RawTable {
        DOSSIER("raw_dossier", "changed_at", (e, row) -> {
            row.put("event_id", e.id());
            row.put("dossier_code", "H-" + e.id());
            return row;
        }),
        DOCUMENT("raw_document", "recorded_at", (e, row) -> {
            row.put("event_id", e.id());
            row.put("document_id", "VB-" + e.id());
            return row;
        }),
        HEALTH("raw_health_record", "occurred_at", (e, row) -> {
            row.put("event_id", e.id());
            return row;
        }),
        REPORTED("raw_reported_measure", "reported_at", (e, row) -> {
            row.put("measure", "accounts");
            row.put("period", "2026-10");
            row.put("file", "bao-cao-" + e.id() + ".csv");
            row.put("row", 1);
            return row;
        }),
        TASK("raw_task", "updated_at", (e, row) -> {
            row.put("event_id", e.id());
            row.put("task_id", "NV-" + e.id());
            return row;
        }),
        PERIODIC_REPORT("raw_periodic_report", "updated_at", (e, row) -> {
            row.put("event_id", e.id());
            row.put("report_id", "BC-" + e.id());
            return row;
        }),
        DECLARATION("raw_declaration", "declared_at", (e, row) -> {
            row.put("declaration_id", e.id());
            row.put("indicator_set", "2026");
            row.put("indicator_code", "5");
            row.put("year", 2026);
            return row;
        });

        final String table;
        final String timeColumn;
        private final BiFunction<Event, Map<String, Object>, Map<String, Object>> keys;

        RawTable(String table, String timeColumn, BiFunction<Event, Map<String, Object>, Map<String, Object>> keys) {
            this.table = table;
            this.timeColumn = timeColumn;
            this.keys = keys;
        }

        Map<String, Object> row(Event event) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("commune_code", event.commune());
            row.put(timeColumn, ClickHouseValues.dateTime64(event.at().toEpochMilli()));
            return keys.apply(event, row);
        }

        /** The dashboard's freshness read of this table (FreshnessQuery), with a setting appended. */
        String freshness(String where, String settings) {
            return "SELECT commune_code, toUnixTimestamp64Milli(max(" + timeColumn + ")) AS newest_ms, count() AS events FROM " + DB + "." + table
                    + " WHERE 1" + where + " GROUP BY commune_code ORDER BY commune_code SETTINGS " + settings;
        }
    }

    record Event(String id, String commune, Instant at) {}

    /** Per commune: the newest time and the number of rows, counted in Java. */
    record Figures(long newestMs, long events) {}

    private static Map<String, Figures> expected(List<Event> rows) {
        Map<String, Figures> figures = new TreeMap<>();
        rows.forEach(e -> figures.merge(e.commune(), new Figures(e.at().toEpochMilli(), 1),
                (a, b) -> new Figures(Math.max(a.newestMs(), b.newestMs()), a.events() + b.events())));
        return figures;
    }

    private static Map<String, Figures> read(List<Row> rows) {
        Map<String, Figures> figures = new TreeMap<>();
        rows.forEach(r -> figures.put(r.string("commune_code"), new Figures(r.longValue("newest_ms"), r.longValue("events"))));
        return figures;
    }

    @ParameterizedTest
    @EnumSource(RawTable.class)
    void theFreshnessReadIsAnsweredFromTheProjectionWithThePlainFigures(RawTable raw) {
        // Three inserts (three parts in each year's partition), written after the migration made the
        // projection; the last replays one row of the first, which the key makes one row on merge.
        List<Event> first = List.of(new Event("a1", "14758", Instant.parse("2025-12-30T02:00:00Z")),
                new Event("a2", "14758", Instant.parse("2026-03-01T03:00:00Z")),
                new Event("b1", "14797", Instant.parse("2026-01-05T04:00:00Z")));
        List<Event> second = List.of(new Event("a3", "14758", Instant.parse("2026-11-20T05:00:00Z")),
                new Event("c1", "14812", Instant.parse("2025-06-01T06:00:00Z")));
        List<Event> third = List.of(first.get(1), new Event("b2", "14797", Instant.parse("2026-11-24T07:00:00Z")));
        // A bulk ahead of them, so that the table's own rows span several granules: ClickHouse takes
        // a projection only when it reads fewer granules than the table would.
        List<Event> bulk = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            bulk.add(new Event("bulk" + i, List.of("14758", "14797", "14812", "14830").get(i % 4),
                    Instant.parse("2025-01-01T00:00:00Z").plusSeconds(i * 1_800L)));
        }
        List<Event> all = new ArrayList<>();
        for (List<Event> batch : List.of(bulk, first, second, third)) {
            engine.insert(DB + "." + raw.table, batch.stream().map(raw::row).toList(), null);
            all.addAll(batch);
        }

        // The forcing setting is what proves the projection answers the reads below: it refuses a read
        // that needs an aggregate the projection lacks (the oldest event).
        assertThatThrownBy(() -> engine.query("SELECT commune_code, min(" + raw.timeColumn + ") AS oldest FROM " + DB + "." + raw.table
                + " GROUP BY commune_code SETTINGS force_optimize_projection = 1"))
                .isInstanceOf(ClickHouseException.class).hasMessageContaining("No projection is used");

        // Without FINAL the read counts a replayed row until a merge drops it, projection or not.
        assertThat(read(engine.query(raw.freshness("", "force_optimize_projection = 1")))).isEqualTo(expected(all))
                .isEqualTo(read(engine.query(raw.freshness("", "optimize_use_projections = 0"))));
        assertThat(read(engine.query(raw.freshness(" AND commune_code IN ('14797', '14812')", "force_optimize_projection = 1"))))
                .as("a reviewer's communes").isEqualTo(expected(all.stream().filter(e -> List.of("14797", "14812").contains(e.commune())).toList()));

        engine.execute("OPTIMIZE TABLE " + DB + "." + raw.table + " FINAL");
        List<Event> distinct = all.stream().distinct().toList();
        assertThat(distinct).as("the replayed row").hasSize(all.size() - 1);
        assertThat(read(engine.query(raw.freshness("", "force_optimize_projection = 1")))).as("after the merge that drops the replayed row")
                .isEqualTo(expected(distinct))
                .isEqualTo(read(engine.query(raw.freshness("", "optimize_use_projections = 0"))));
    }
}
