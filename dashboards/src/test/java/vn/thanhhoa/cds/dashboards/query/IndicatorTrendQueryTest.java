package vn.thanhhoa.cds.dashboards.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.dashboards.IndicatorRows;
import vn.thanhhoa.cds.dashboards.TestDashboards;
import vn.thanhhoa.cds.dashboards.access.Scope;
import vn.thanhhoa.cds.store.ClickHouseException;

/**
 * The indicator page's trend read from store migration V013's {@code by_indicator} projection gives
 * the figures counted here in Java from the rows inserted (each commune's newest computation of each
 * day), and the same as reading the table itself; and ClickHouse does read the projection for it.
 */
class IndicatorTrendQueryTest {

    private static final Selection SELECTION = new Selection("2026", 2026, ValueWindow.YEAR_TO_DATE);
    private static final String INDICATOR = "3";
    private static final List<String> INDICATORS = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 10, 1);
    private static final int DAYS = 30;

    @TempDir
    static Path directory;
    private static TestDashboards dashboards;
    private static IndicatorQuery query;
    private static final List<Computation> ROWS = new ArrayList<>();

    /** One computation as inserted. */
    private record Computation(String commune, String indicator, LocalDate day, Double value, String status, Instant at) {}

    @BeforeAll
    static void insert() {
        dashboards = new TestDashboards(directory);
        query = new IndicatorQuery(dashboards.clickHouse(), "cds");
        // Sixty communes × twelve indicators × thirty days, one to three computations a day, some without a
        // value: about 40,000 rows, several granules of the table, so that the projection reads fewer.
        Random random = new Random(16);
        for (int c = 0; c < 60; c++) {
            String commune = String.valueOf(90_000 + c);
            for (String indicator : INDICATORS) {
                for (int d = 0; d < DAYS; d++) {
                    LocalDate day = FIRST_DAY.plusDays(d);
                    int computations = 1 + random.nextInt(3);
                    for (int k = 0; k < computations; k++) {
                        Double value = random.nextInt(10) == 0 ? null : Math.round(random.nextDouble() * 1000) / 10.0;
                        String status = value == null ? "NO_DATA" : value >= 70 ? "MET" : "BELOW";
                        Instant at = day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().plusSeconds(3_600L + random.nextInt(80_000));
                        ROWS.add(new Computation(commune, indicator, day, value, status, at));
                    }
                }
            }
        }
        dashboards.clickHouse().insert("cds.indicator_value_daily", ROWS.stream().map(IndicatorTrendQueryTest::row).toList(), null);
        // The sink replays a batch after a crash: the same rows again, counted once by the page.
        dashboards.clickHouse().insert("cds.indicator_value_daily", ROWS.subList(0, 2_000).stream().map(IndicatorTrendQueryTest::row).toList(), null);
    }

    @AfterAll
    static void close() {
        dashboards.close();
    }

    private static Map<String, Object> row(Computation c) {
        return IndicatorRows.value(c.commune(), "2026", c.indicator(), 2026, "YEAR_TO_DATE", c.day(), c.value(), c.status(), 70.0, c.at());
    }

    /** Per day: each commune's newest computation of the indicator, then communes, those met, and the mean of the values there are. */
    private static List<IndicatorQuery.Day> expected(List<String> communes) {
        Map<LocalDate, Map<String, Computation>> newest = new TreeMap<>();
        ROWS.stream().filter(c -> c.indicator().equals(INDICATOR) && communes.contains(c.commune())).forEach(c -> newest
                .computeIfAbsent(c.day(), d -> new TreeMap<>())
                .merge(c.commune(), c, (a, b) -> b.at().isAfter(a.at()) ? b : a));
        List<IndicatorQuery.Day> days = new ArrayList<>();
        newest.forEach((day, byCommune) -> {
            List<Double> values = byCommune.values().stream().map(Computation::value).filter(v -> v != null).toList();
            days.add(new IndicatorQuery.Day(day, byCommune.size(), (int) byCommune.values().stream().filter(c -> c.status().equals("MET")).count(),
                    values.isEmpty() ? null : values.stream().mapToDouble(Double::doubleValue).sum() / values.size()));
        });
        return days;
    }

    private static List<String> communes() {
        return ROWS.stream().map(Computation::commune).distinct().sorted().toList();
    }

    private static void assertSameDays(List<IndicatorQuery.Day> actual, List<IndicatorQuery.Day> expected) {
        assertThat(actual).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            IndicatorQuery.Day a = actual.get(i);
            IndicatorQuery.Day e = expected.get(i);
            assertThat(List.of(a.day(), a.communes(), a.met())).as("day %s", e.day()).isEqualTo(List.of(e.day(), e.communes(), e.met()));
            if (e.mean() == null) {
                assertThat(a.mean()).as("mean on %s", e.day()).isNull();
            } else {
                assertThat(a.mean()).as("mean on %s", e.day()).isCloseTo(e.mean(), within(1e-9));
            }
        }
    }

    @Test
    void theTrendFromTheProjectionIsEachCommunesNewestComputationOfEachDay() {
        List<IndicatorQuery.Day> expected = expected(communes());
        assertThat(expected).hasSize(DAYS);

        List<IndicatorQuery.Day> projected = EngineSetting.with(dashboards.clickHouse(), "force_optimize_projection", 1, () -> query.trend(INDICATOR, SELECTION, Scope.everything()));
        assertSameDays(projected, expected);
        assertSameDays(EngineSetting.with(dashboards.clickHouse(), "optimize_use_projections", 0, () -> query.trend(INDICATOR, SELECTION, Scope.everything())), expected);
    }

    @Test
    void aReviewersTrendCountsTheirCommunesOnly() {
        List<String> some = communes().stream().filter(c -> Integer.parseInt(c) % 7 == 0).collect(Collectors.toList());
        assertThat(some).isNotEmpty();
        assertSameDays(EngineSetting.with(dashboards.clickHouse(), "force_optimize_projection", 1, () -> query.trend(INDICATOR, SELECTION, Scope.of(some))), expected(some));
    }

    @Test
    void aCommunesOwnTrendIsUnchangedBesideTheProjection() {
        // The commune page (CommuneQuery.trend) reads the same table by commune, its own order, not the
        // projection: forcing a projection makes ClickHouse refuse it (which also shows the forcing works).
        String commune = communes().getFirst();
        CommuneQuery communeQuery = new CommuneQuery(dashboards.clickHouse(), "cds");
        assertThatThrownBy(() -> EngineSetting.with(dashboards.clickHouse(), "force_optimize_projection", 1, () -> communeQuery.trend(commune, SELECTION)))
                .isInstanceOf(ClickHouseException.class).hasMessageContaining("No projection is used");
        List<TrendPoint> points = communeQuery.trend(commune, SELECTION);
        Map<String, Long> perIndicator = points.stream().collect(Collectors.groupingBy(TrendPoint::indicator, Collectors.counting()));
        assertThat(perIndicator).hasSize(INDICATORS.size()).allSatisfy((indicator, days) -> assertThat(days).isEqualTo((long) DAYS));
        TrendPoint last = points.stream().filter(p -> p.indicator().equals(INDICATOR)).max(Comparator.comparing(TrendPoint::day)).orElseThrow();
        Computation newest = ROWS.stream().filter(c -> c.commune().equals(commune) && c.indicator().equals(INDICATOR) && c.day().equals(last.day()))
                .max(Comparator.comparing(Computation::at)).orElseThrow();
        assertThat(last.value()).isEqualTo(newest.value());
        assertThat(last.status()).isEqualTo(newest.status());
    }
}
