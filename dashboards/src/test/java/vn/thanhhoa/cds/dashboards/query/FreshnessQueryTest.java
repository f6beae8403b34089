package vn.thanhhoa.cds.dashboards.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.dashboards.TestDashboards;
import vn.thanhhoa.cds.dashboards.access.Scope;
import vn.thanhhoa.cds.store.ClickHouseValues;

/**
 * The alert page's freshness table read through store migration V012's {@code freshness} projections:
 * per source and commune, the newest event and the number of rows, as counted here in Java from the
 * rows inserted, the same as a read of the rows themselves; a silent source stays told apart.
 */
class FreshnessQueryTest {

    private static final List<String> COMMUNES = List.of("14758", "14797", "14812");
    private static final Instant START = Instant.parse("2025-11-01T00:00:00Z");

    @TempDir
    static Path directory;
    private static TestDashboards dashboards;
    private static FreshnessQuery query;
    /** Per source, the rows inserted: commune and event time. */
    private static final Map<FreshnessQuery.Source, List<Event>> INSERTED = new LinkedHashMap<>();

    private record Event(String commune, Instant at) {}

    @BeforeAll
    static void insert() {
        dashboards = new TestDashboards(directory);
        query = new FreshnessQuery(dashboards.clickHouse(), "cds");
        // Dossiers and documents from every commune, enough rows for several granules; health records
        // from two communes only and stopping early (a silent feed); nothing from the other sources.
        INSERTED.put(FreshnessQuery.Source.DOSSIER, events(20_000, COMMUNES, 900));
        INSERTED.put(FreshnessQuery.Source.DOCUMENT, events(12_000, COMMUNES, 1_500));
        INSERTED.put(FreshnessQuery.Source.HEALTH, events(300, COMMUNES.subList(0, 2), 600));
        insertRows("raw_dossier", INSERTED.get(FreshnessQuery.Source.DOSSIER), (e, i, row) -> {
            row.put("event_id", "d" + i);
            row.put("dossier_code", "H" + i);
            row.put("changed_at", ClickHouseValues.dateTime64(e.at().toEpochMilli()));
        });
        insertRows("raw_document", INSERTED.get(FreshnessQuery.Source.DOCUMENT), (e, i, row) -> {
            row.put("event_id", "v" + i);
            row.put("document_id", "VB" + i);
            row.put("recorded_at", ClickHouseValues.dateTime64(e.at().toEpochMilli()));
        });
        insertRows("raw_health_record", INSERTED.get(FreshnessQuery.Source.HEALTH), (e, i, row) -> {
            row.put("event_id", "s" + i);
            row.put("occurred_at", ClickHouseValues.dateTime64(e.at().toEpochMilli()));
        });
    }

    @AfterAll
    static void close() {
        dashboards.close();
    }

    private interface Columns {
        void put(Event event, int index, Map<String, Object> row);
    }

    private static List<Event> events(int count, List<String> communes, long secondsApart) {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(new Event(communes.get(i % communes.size()), START.plusSeconds(i * secondsApart)));
        }
        return events;
    }

    private static void insertRows(String table, List<Event> events, Columns columns) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("commune_code", events.get(i).commune());
            columns.put(events.get(i), i, row);
            rows.add(row);
        }
        // Two inserts, two parts, as the sink's batches make.
        int half = rows.size() / 2;
        dashboards.clickHouse().insert("cds." + table, rows.subList(0, half), null);
        dashboards.clickHouse().insert("cds." + table, rows.subList(half, rows.size()), null);
    }

    /** Per source and commune in the scope: the newest time and the row count, from the inserted rows. */
    private static Map<String, FreshnessQuery.Latest> expected(List<String> scope) {
        Map<String, FreshnessQuery.Latest> expected = new TreeMap<>();
        INSERTED.forEach((source, events) -> events.stream().filter(e -> scope.contains(e.commune())).forEach(e -> expected.merge(
                source + "/" + e.commune(), new FreshnessQuery.Latest(source, e.commune(), e.at(), 1),
                (a, b) -> new FreshnessQuery.Latest(source, a.commune(), a.newest().isAfter(b.newest()) ? a.newest() : b.newest(), a.events() + b.events()))));
        return expected;
    }

    private static Map<String, FreshnessQuery.Latest> byKey(List<FreshnessQuery.Latest> rows) {
        Map<String, FreshnessQuery.Latest> byKey = new TreeMap<>();
        rows.forEach(r -> assertThat(byKey.put(r.source() + "/" + r.commune(), r)).as("one row per source and commune").isNull());
        return byKey;
    }

    @Test
    void theProvinceFreshnessFromTheProjectionsIsTheNewestEventAndCountPerSourceAndCommune() {
        Map<String, FreshnessQuery.Latest> expected = expected(COMMUNES);
        assertThat(expected).hasSize(3 + 3 + 2);

        assertThat(byKey(EngineSetting.with(dashboards.clickHouse(), "force_optimize_projection", 1, () -> query.latest(Scope.everything())))).isEqualTo(expected);
        assertThat(byKey(EngineSetting.with(dashboards.clickHouse(), "optimize_use_projections", 0, () -> query.latest(Scope.everything())))).isEqualTo(expected);
    }

    @Test
    void aSilentFeedShowsItsOldNewestEventAndACommuneWithoutEventsHasNoRow() {
        List<FreshnessQuery.Latest> rows = EngineSetting.with(dashboards.clickHouse(), "force_optimize_projection", 1, () -> query.latest(Scope.of(List.of("14812"))));
        assertThat(byKey(rows)).isEqualTo(expected(List.of("14812")));
        assertThat(rows).extracting(FreshnessQuery.Latest::source).containsExactly(FreshnessQuery.Source.DOCUMENT, FreshnessQuery.Source.DOSSIER);

        Instant health = byKey(query.latest(Scope.of(List.of("14758")))).get("HEALTH/14758").newest();
        Instant dossier = byKey(query.latest(Scope.of(List.of("14758")))).get("DOSSIER/14758").newest();
        assertThat(health).as("the health feed stopped months before the dossiers").isBefore(dossier.minusSeconds(200L * 86_400));
    }
}
