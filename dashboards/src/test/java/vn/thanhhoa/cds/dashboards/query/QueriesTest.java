package vn.thanhhoa.cds.dashboards.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.dashboards.IndicatorRows;
import vn.thanhhoa.cds.dashboards.TestDashboards;
import vn.thanhhoa.cds.dashboards.access.Scope;
import vn.thanhhoa.cds.dashboards.indicators.IndicatorInfo;
import vn.thanhhoa.cds.dashboards.units.Commune;
import vn.thanhhoa.cds.store.ClickHouseValues;

/**
 * The query classes against the embedded ClickHouse, on rows inserted here; every expectation is
 * computed in the test from the same list of rows with plain Java (newest computation per key, per
 * day), not by the code under test.
 */
class QueriesTest {

    @TempDir
    static Path directory;
    private static TestDashboards dashboards;

    private static final String A = "14758";
    private static final String B = "14797";
    private static final String C = "14812";
    private static final Selection SELECTION = new Selection("2026", 2026, ValueWindow.YEAR_TO_DATE);

    /** One computation as inserted. */
    private record Computation(String commune, String code, int year, String window, LocalDate day, double value, String status, Instant at) {}

    private static final List<Computation> ROWS = List.of(
            new Computation(A, "1", 2026, "YEAR_TO_DATE", LocalDate.of(2026, 11, 19), 50, "BELOW", Instant.parse("2026-11-19T01:00:00Z")),
            new Computation(A, "1", 2026, "YEAR_TO_DATE", LocalDate.of(2026, 11, 20), 60, "BELOW", Instant.parse("2026-11-20T01:00:00Z")),
            new Computation(A, "1", 2026, "YEAR_TO_DATE", LocalDate.of(2026, 11, 20), 75, "MET", Instant.parse("2026-11-20T05:00:00Z")),
            new Computation(A, "2", 2026, "YEAR_TO_DATE", LocalDate.of(2026, 11, 20), 90, "MET", Instant.parse("2026-11-20T01:00:00Z")),
            new Computation(B, "1", 2026, "YEAR_TO_DATE", LocalDate.of(2026, 11, 20), 80, "MET", Instant.parse("2026-11-20T02:00:00Z")),
            new Computation(B, "1", 2026, "MONTH_TO_DATE", LocalDate.of(2026, 11, 20), 10, "TREND", Instant.parse("2026-11-20T06:00:00Z")),
            new Computation(B, "2", 2026, "YEAR_TO_DATE", LocalDate.of(2026, 11, 20), 20, "BELOW", Instant.parse("2026-11-20T03:00:00Z")),
            new Computation(A, "1", 2025, "YEAR_TO_DATE", LocalDate.of(2025, 12, 31), 99, "MET", Instant.parse("2026-01-01T01:00:00Z")));
    /** Inserted after the others but computed earlier: must not win. */
    private static final Computation LATE_OLD = new Computation(B, "2", 2026, "YEAR_TO_DATE", LocalDate.of(2026, 11, 19), 99, "MET",
            Instant.parse("2026-11-19T03:00:00Z"));

    @BeforeAll
    static void insert() {
        dashboards = new TestDashboards(directory);
        dashboards.clickHouse().insert("cds.indicator_value_daily", ROWS.stream().map(QueriesTest::row).toList(), null);
        dashboards.clickHouse().insert("cds.indicator_value_daily", List.of(row(LATE_OLD)), null);
    }

    @AfterAll
    static void close() {
        dashboards.close();
    }

    private static Map<String, Object> row(Computation c) {
        return IndicatorRows.value(c.commune(), "2026", c.code(), c.year(), c.window(), c.day(), c.value(), c.status(), 70.0, c.at());
    }

    private static List<Computation> all() {
        List<Computation> all = new ArrayList<>(ROWS);
        all.add(LATE_OLD);
        return all;
    }

    /** Expected: per commune and indicator of the selection, the computation with the greatest time. */
    private static Map<String, Computation> expectedLatest(List<String> communes) {
        return all().stream().filter(c -> c.year() == 2026 && c.window().equals("YEAR_TO_DATE") && communes.contains(c.commune()))
                .collect(Collectors.toMap(c -> c.commune() + "|" + c.code(), c -> c, (x, y) -> x.at().isAfter(y.at()) ? x : y, TreeMap::new));
    }

    @Test
    void theOverviewReadsTheNewestComputationOfEachCommuneAndIndicatorAndNothingOutsideTheSelection() {
        List<LatestValue> latest = new OverviewQuery(dashboards.clickHouse(), "cds").latest(SELECTION, Scope.everything());

        Map<String, Computation> expected = expectedLatest(List.of(A, B, C));
        assertThat(latest).hasSize(expected.size());
        for (LatestValue v : latest) {
            Computation e = expected.get(v.commune() + "|" + v.indicator());
            assertThat(v.value()).as(v.commune() + " " + v.indicator()).isEqualTo(e.value());
            assertThat(v.status()).isEqualTo(e.status());
            assertThat(v.computedAt()).isEqualTo(e.at());
            assertThat(v.windowEnd()).isEqualTo(e.day());
        }
    }

    @Test
    void aScopeLimitsTheRowsAndAnEmptyScopeReadsNone() {
        OverviewQuery query = new OverviewQuery(dashboards.clickHouse(), "cds");
        assertThat(query.latest(SELECTION, Scope.of(List.of(B)))).extracting(LatestValue::commune).containsOnly(B).hasSize(expectedLatest(List.of(B)).size());
        assertThat(query.latest(SELECTION, Scope.NONE)).isEmpty();
    }

    @Test
    void sharesAndRankingCountTheCommunesMeetingEachIndicator() {
        List<Commune> communes = List.of(A, B, C).stream().map(code -> dashboards.communes().commune(code).orElseThrow()).toList();
        List<IndicatorInfo> indicators = List.of(dashboards.indicators().indicator("2026", "1").orElseThrow(),
                dashboards.indicators().indicator("2026", "2").orElseThrow());
        Overview overview = Overview.of(communes, indicators, new OverviewQuery(dashboards.clickHouse(), "cds").latest(SELECTION, Scope.everything()));

        Map<String, Computation> latest = expectedLatest(List.of(A, B, C));
        for (Overview.Share share : overview.shares()) {
            long met = List.of(A, B, C).stream().filter(c -> {
                Computation e = latest.get(c + "|" + share.indicator().code());
                return e != null && e.status().equals("MET");
            }).count();
            assertThat(share.met()).as(share.indicator().code()).isEqualTo((int) met);
            assertThat(share.communes()).isEqualTo(3);
        }
        Map<String, Long> metPerCommune = new LinkedHashMap<>();
        List.of(A, B, C).forEach(c -> metPerCommune.put(c, latest.values().stream().filter(e -> e.commune().equals(c) && e.status().equals("MET")).count()));
        List<String> expectedOrder = metPerCommune.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).toList();
        assertThat(overview.ranking()).extracting(r -> r.commune().code()).containsExactlyElementsOf(expectedOrder);
        assertThat(overview.ranking()).extracting(Overview.Rank::met).containsExactlyElementsOf(expectedOrder.stream().map(c -> metPerCommune.get(c).intValue()).toList());
    }

    @Test
    void aCommunesTrendHasOneValuePerDayTheNewestComputationOfThatDay() {
        List<TrendPoint> trend = new CommuneQuery(dashboards.clickHouse(), "cds").trend(A, SELECTION);

        Map<String, Computation> perDay = all().stream().filter(c -> c.commune().equals(A) && c.year() == 2026 && c.window().equals("YEAR_TO_DATE"))
                .collect(Collectors.toMap(c -> c.code() + "|" + c.day(), c -> c, (x, y) -> x.at().isAfter(y.at()) ? x : y, TreeMap::new));
        assertThat(trend).hasSize(perDay.size());
        trend.forEach(p -> assertThat(p.value()).as(p.indicator() + " " + p.day()).isEqualTo(perDay.get(p.indicator() + "|" + p.day()).value()));
    }

    @Test
    void anIndicatorsTrendCountsEachCommuneOncePerDay() {
        List<IndicatorQuery.Day> days = new IndicatorQuery(dashboards.clickHouse(), "cds").trend("2", SELECTION, Scope.everything());

        Map<LocalDate, List<Computation>> byDay = all().stream().filter(c -> c.code().equals("2") && c.year() == 2026 && c.window().equals("YEAR_TO_DATE"))
                .collect(Collectors.groupingBy(Computation::day, TreeMap::new, Collectors.toList()));
        assertThat(days).extracting(IndicatorQuery.Day::day).containsExactlyElementsOf(byDay.keySet());
        for (IndicatorQuery.Day d : days) {
            Map<String, Computation> newest = byDay.get(d.day()).stream()
                    .collect(Collectors.toMap(Computation::commune, c -> c, (x, y) -> x.at().isAfter(y.at()) ? x : y));
            assertThat(d.communes()).isEqualTo(newest.size());
            assertThat(d.met()).isEqualTo((int) newest.values().stream().filter(c -> c.status().equals("MET")).count());
        }
    }

    @Test
    void alertsNewestFirstWithinScopeAndFreshnessIsTheNewestEventPerSourceAndCommune() {
        Instant first = Instant.parse("2026-11-20T01:00:00Z");
        Instant second = Instant.parse("2026-11-21T01:00:00Z");
        dashboards.clickHouse().insert("cds.alert_commune", List.of(
                alert("a1", A, first), alert("a2", A, second), alert("b1", B, second)), null);
        dashboards.clickHouse().insert("cds.raw_dossier", List.of(dossier("e1", A, first), dossier("e2", A, second), dossier("e3", B, first)), null);

        List<Alert> alerts = new AlertQuery(dashboards.clickHouse(), "cds").newest(Scope.of(List.of(A)), 10);
        assertThat(alerts).extracting(Alert::raisedAt).containsExactly(second, first);
        assertThat(alerts).extracting(Alert::commune).containsOnly(A);

        List<FreshnessQuery.Latest> fresh = new FreshnessQuery(dashboards.clickHouse(), "cds").latest(Scope.everything());
        assertThat(fresh).filteredOn(f -> f.source() == FreshnessQuery.Source.DOSSIER)
                .extracting(f -> f.commune() + " " + f.newest()).containsExactly(A + " " + second, B + " " + first);
        assertThat(new ChangeQuery(dashboards.clickHouse(), "cds").mark()).isEqualTo(
                Math.max(second.toEpochMilli(), all().stream().map(Computation::at).max(Comparator.naturalOrder()).orElseThrow().toEpochMilli()));
    }

    @Test
    void recognitionIsReadWhenPresentAndAbsentOtherwise() {
        Map<String, Object> row = new LinkedHashMap<>(Map.of("indicator_set", "2026", "commune_code", A, "year", 2026,
                "as_of", "2026-11-20", "indicators_assigned", 30, "indicators_met", 27, "index_points", 72.5, "index_points_max", 100.0));
        row.putAll(Map.of("recognised", false, "blocking_indicators", List.of("1", "17"), "computed_at", ClickHouseValues.dateTime64(1_763_600_000_000L)));
        dashboards.clickHouse().insert("cds.recognition_commune", List.of(row), null);
        CommuneQuery query = new CommuneQuery(dashboards.clickHouse(), "cds");

        Recognition r = query.recognition(A, SELECTION).orElseThrow();
        assertThat(r.met()).isEqualTo(27);
        assertThat(r.points()).isEqualTo(72.5);
        assertThat(r.recognised()).isFalse();
        assertThat(r.blocking()).containsExactly("1", "17");
        assertThat(query.recognition(B, SELECTION)).isEmpty();
    }

    private static Map<String, Object> alert(String id, String commune, Instant at) {
        return Map.of("alert_id", id, "episode_id", id, "kind", "BELOW", "commune_code", commune, "indicator_set", "2026",
                "indicator_code", "1", "year", 2026, "window_kind", "YEAR_TO_DATE", "message", "Dưới mục tiêu", "raised_at", ClickHouseValues.dateTime64(at.toEpochMilli()));
    }

    private static Map<String, Object> dossier(String id, String commune, Instant at) {
        return Map.of("event_id", id, "dossier_code", id, "procedure_code", "P", "channel", "ONLINE", "status", 1, "agency_code", "X",
                "commune_code", commune, "changed_at", ClickHouseValues.dateTime64(at.toEpochMilli()), "source_location", "test");
    }
}
