package vn.thanhhoa.cds.dashboards.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.adminunits.ReferenceData;
import vn.thanhhoa.cds.catalog.load.CatalogLoader;
import vn.thanhhoa.cds.dashboards.DashboardServer;
import vn.thanhhoa.cds.dashboards.SignedIn;
import vn.thanhhoa.cds.dashboards.TestDashboards;
import vn.thanhhoa.cds.dashboards.access.Scope;
import vn.thanhhoa.cds.dashboards.query.AlertQuery;
import vn.thanhhoa.cds.dashboards.query.ChangeQuery;
import vn.thanhhoa.cds.dashboards.query.CommuneQuery;
import vn.thanhhoa.cds.dashboards.query.FreshnessQuery;
import vn.thanhhoa.cds.dashboards.query.IndicatorQuery;
import vn.thanhhoa.cds.dashboards.query.OverviewQuery;
import vn.thanhhoa.cds.dashboards.query.Selection;
import vn.thanhhoa.cds.dashboards.query.ValueWindow;
import vn.thanhhoa.cds.store.ClickHouse;

/**
 * Issue 16, dashboard speed: years of daily indicator history for the whole province in the
 * embedded ClickHouse (see {@link ProvinceHistory} for what is loaded), then every page's API and
 * every export timed over HTTP against the real dashboard server, signed in as an analyst, a
 * reviewer and a commune officer, and the bare SQL of each query class alone. Aim (DESIGN 5):
 * p95 under 100 ms per page query on this 2-core machine. Asserts only what it loaded and read,
 * never a time. Not run by {@code ./mvnw verify}:
 * {@code ./mvnw -o -q -pl dashboards -am verify -Dtest=PageQueryBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * with {@code -Dbenchmark.years=1..3} (default 3, ending on {@link TestDashboards#TODAY}),
 * {@code -Dbenchmark.requests=} (timed requests per page, default 50), {@code -Dbenchmark.raw-scale=}
 * (raw events and alerts relative to a province year, default 1); report in
 * {@code dashboards/target/benchmarks/pages.md}.
 */
class PageQueryBenchmark {

    private static final int YEARS = Integer.getInteger("benchmark.years", 3);
    private static final int REQUESTS = Integer.getInteger("benchmark.requests", 50);
    private static final int WARM_UP = Integer.getInteger("benchmark.warm-up", 5);
    private static final double RAW_SCALE = Double.parseDouble(System.getProperty("benchmark.raw-scale", "1"));
    /** Whether to add the proposed freshness projection to the raw tables before timing (not in the store's migrations yet). */
    private static final double AIM_MS = 100;
    private static final String DB = TestDashboards.DATABASE;
    private static final String COMMUNE = TestDashboards.OFFICER_COMMUNE;

    /** One timed request: who asks, and what. */
    private record Probe(String label, SignedIn as, String path) {}

    @Test
    void pageQueriesOverYearsOfHistory(@TempDir Path root) throws Exception {
        String loadBefore = loadAverage();
        StringBuilder report = new StringBuilder();
        try (TestDashboards dashboards = new TestDashboards(root)) {
            ClickHouse clickHouse = dashboards.clickHouse();
            ProvinceHistory history = new ProvinceHistory(ReferenceData.load().units(), CatalogLoader.builtIn(), YEARS, TestDashboards.TODAY);
            LocalDate today = history.lastDay();
            int year = today.getYear();
            assertThat(history.communesOn(today)).as("communes in force today").hasSize(166);

            HistoryLoad load = new HistoryLoad(clickHouse, DB, history, RAW_SCALE);
            long loadStart = System.nanoTime();
            Map<String, Double> steps = load.load();
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

            Map<String, Long> expected = new LinkedHashMap<>();
            expected.put("indicator_value_daily", history.expectedValueRows());
            expected.put("recognition_commune", history.expectedRecognitionRows());
            expected.put("alert_commune", load.expectedAlerts());
            for (HistoryLoad.RawSource source : HistoryLoad.RawSource.values()) {
                expected.put(source.table, load.expectedRaw(source));
            }
            Map<String, Long> counted = new LinkedHashMap<>();
            expected.keySet().forEach(table -> counted.put(table, count(clickHouse, "SELECT count() AS n FROM " + DB + "." + table)));
            assertThat(counted).as("rows loaded per table").isEqualTo(expected);

            // The latest table as the load left it (every computation a row until merges), then merged.
            long latestRows = count(clickHouse, "SELECT count() AS n FROM " + DB + ".indicator_value_latest");
            long latestParts = parts(clickHouse, "indicator_value_latest");
            Selection current = new Selection(history.setOf(year), year, ValueWindow.YEAR_TO_DATE);
            OverviewQuery overviewQuery = new OverviewQuery(clickHouse, DB);
            Latencies overviewUnmerged = time("OverviewQuery.latest before OPTIMIZE … FINAL", Math.min(REQUESTS, 10),
                    () -> overviewQuery.latest(current, Scope.everything()));
            clickHouse.execute("OPTIMIZE TABLE " + DB + ".indicator_value_latest FINAL");
            long latestKeys = count(clickHouse, "SELECT count() AS n FROM " + DB + ".indicator_value_latest FINAL");
            assertThat(latestKeys).as("keys of indicator_value_latest (unit, year, window, indicator)").isEqualTo(history.expectedLatestRows());

            String ytdCode = firstCodeWith(history, year, "YEAR_TO_DATE");
            long ytdIndicators = history.indicatorsIn(year, "YEAR_TO_DATE");

            try (DashboardServer server = dashboards.start(null)) {
                SignedIn analyst = SignedIn.as(server.url(), "phantich", TestDashboards.PASSWORD);
                SignedIn reviewer = SignedIn.as(server.url(), "thamtra", TestDashboards.PASSWORD);
                SignedIn officer = SignedIn.as(server.url(), "canboxa", TestDashboards.PASSWORD);
                String district = dashboards.communes().commune(COMMUNE).orElseThrow().formerDistrictCode();

                checkWhatPagesRead(history, analyst, reviewer, officer, ytdCode, ytdIndicators, rawRows(expected));

                List<Probe> pages = pages(history, analyst, reviewer, officer, district, ytdCode);
                List<Probe> exports = exports(analyst, ytdCode);
                List<Latencies> pageTimes = new ArrayList<>();
                for (Probe probe : pages) {
                    pageTimes.add(time(probe));
                }
                List<Latencies> exportTimes = new ArrayList<>();
                for (Probe probe : exports) {
                    exportTimes.add(time(probe));
                }
                List<Latencies> sqlTimes = bareSql(clickHouse, current, ytdCode);
                String loadAfter = loadAverage();

                report.append("# Dashboard page queries\n\n")
                        .append(String.format(Locale.ROOT, "Machine: %d cores, load average before %s, after %s; %s; JVM %s.%n%n",
                                Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter, clickHouse.describe().replace(root.toString(), "<temp>"),
                                Runtime.version()))
                        .append(String.format(Locale.ROOT, "History: %d year(s), %s to %s (TestDashboards.TODAY), raw events and alerts at %.2f"
                                + " of a province year; %d timed requests per line after %d warm-up requests. **Aim: p95 < %.0f ms per page query.**%n%n",
                                YEARS, history.firstDay(), today, RAW_SCALE, REQUESTS, WARM_UP, AIM_MS))
                        .append("## Rows loaded\n\n| table | rows |\n|---|---:|\n");
                counted.forEach((table, n) -> report.append("| ").append(table).append(" | ").append(n).append(" |\n"));
                report.append(String.format(Locale.ROOT, "| indicator_value_latest (as loaded: %d rows in %d parts) | %d keys after OPTIMIZE … FINAL |%n%n",
                        latestRows, latestParts, latestKeys));
                report.append("Raw tables as the store's migrations make them (V012: the `freshness` projection of each).\n\n");
                report.append(String.format(Locale.ROOT, "Loaded in %.1f s:", loadSeconds));
                steps.forEach((step, s) -> report.append(String.format(Locale.ROOT, " %s %.1f s;", step, s)));
                report.append("\n\n## Page APIs over HTTP (ms)\n\n").append(header());
                pageTimes.forEach(t -> report.append(t.row(AIM_MS)).append('\n'));
                report.append("\n## Exports over HTTP (ms)\n\n").append(header());
                exportTimes.forEach(t -> report.append(t.row(AIM_MS)).append('\n'));
                report.append("\n## Bare SQL of each query class (ms), year ").append(year).append(", from the start of the year, whole province\n\n")
                        .append("The query class alone (SQL in chDB, its JSONEachRow output parsed into records), no HTTP, no view: "
                                + "the difference to the page is the view, JSON and HTTP.\n\n").append(header());
                report.append(overviewUnmerged.row(AIM_MS)).append('\n');
                sqlTimes.forEach(t -> report.append(t.row(AIM_MS)).append('\n'));
            }
        }
        Path out = Path.of("target/benchmarks/pages.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
        System.out.println(report);
    }

    /** What the pages answer over the loaded history, checked against counts made from the history itself. */
    private static void checkWhatPagesRead(ProvinceHistory history, SignedIn analyst, SignedIn reviewer, SignedIn officer, String ytdCode,
                                           long ytdIndicators, long rawRows) throws Exception {
        LocalDate today = history.lastDay();
        JsonNode overview = analyst.json("api/tong-quan?nam=" + today.getYear() + "&ky=YEAR_TO_DATE");
        assertThat(overview.get("grid")).as("communes in the overview").hasSize(166);
        long valued = StreamSupport.stream(overview.get("grid").spliterator(), false)
                .flatMap(row -> StreamSupport.stream(row.get("cells").spliterator(), false))
                .filter(cell -> !cell.get("value").isNull()).count();
        assertThat(valued).as("overview cells with a value: 166 communes × indicators valued year to date").isEqualTo(166 * ytdIndicators);

        JsonNode scoped = reviewer.json("api/tong-quan");
        assertThat(scoped.get("grid").size()).as("communes a former district's reviewer sees").isBetween(1, 165);

        JsonNode commune = officer.json("api/xa/" + COMMUNE + "?nam=" + today.getYear());
        JsonNode rows = commune.get("tables").get("chi-tieu").get("rows");
        assertThat(rows).as("indicators of the year's set on the commune page").hasSize(history.codesOf(today.getYear()).size());
        assertThat(StreamSupport.stream(rows.spliterator(), false).filter(r -> !r.get("gia-tri").isNull()).count())
                .as("indicators with a year-to-date value on the commune page").isEqualTo(ytdIndicators);

        JsonNode indicator = analyst.json("api/chi-tieu?ma=" + ytdCode + "&nam=" + today.getYear());
        assertThat(indicator.get("tables").get("cac-xa").get("rows")).as("communes with a value of " + ytdCode).hasSize(166);
        JsonNode days = indicator.get("tables").get("xu-huong").get("rows");
        assertThat(days).as("days of " + today.getYear() + " in the trend of " + ytdCode).hasSize(today.getDayOfYear());
        assertThat(StreamSupport.stream(days.spliterator(), false).allMatch(d -> d.get("so-xa").asInt() == 166))
                .as("each day of the trend counts each commune once, whatever its computations that day").isTrue();

        JsonNode alerts = officer.json("api/canh-bao");
        assertThat(alerts.get("tables").get("canh-bao").get("rows")).as("the officer's alerts").isNotEmpty()
                .allMatch(a -> a.get("ma-xa").asText().equals(COMMUNE));
        JsonNode feed = analyst.json("api/canh-bao");
        assertThat(feed.get("tables").get("canh-bao").get("rows")).as("the province feed's newest alerts").hasSize(500);
        JsonNode freshness = feed.get("tables").get("do-moi").get("rows");
        assertThat(StreamSupport.stream(freshness.spliterator(), false).mapToLong(r -> r.get("ban-ghi").asLong()).sum())
                .as("raw records counted on the freshness table, over every source and commune").isEqualTo(rawRows);
    }

    private static List<Probe> pages(ProvinceHistory history, SignedIn analyst, SignedIn reviewer, SignedIn officer, String district,
                                     String ytdCode) {
        int year = history.lastDay().getYear();
        List<Probe> probes = new ArrayList<>(List.of(
                new Probe("analyst /api/tong-quan (" + year + ", YEAR_TO_DATE)", analyst, "api/tong-quan"),
                new Probe("analyst /api/tong-quan MONTH_TO_DATE", analyst, "api/tong-quan?nam=" + year + "&ky=MONTH_TO_DATE"),
                new Probe("analyst /api/tong-quan TRAILING_30_DAYS", analyst, "api/tong-quan?nam=" + year + "&ky=TRAILING_30_DAYS"),
                new Probe("analyst /api/tong-quan AS_OF", analyst, "api/tong-quan?nam=" + year + "&ky=AS_OF"),
                new Probe("analyst /api/tong-quan former district " + district + ", pillar CQS", analyst,
                        "api/tong-quan?nam=" + year + "&don-vi=" + district + "&tru-cot=CQS")));
        for (int past = year - 1; past >= history.firstDay().getYear(); past--) {
            probes.add(new Probe("analyst /api/tong-quan " + past + " QUARTER_TO_DATE", analyst, "api/tong-quan?nam=" + past + "&ky=QUARTER_TO_DATE"));
        }
        probes.add(new Probe("analyst /api/xa/" + COMMUNE, analyst, "api/xa/" + COMMUNE));
        probes.add(new Probe("analyst /api/xa/" + COMMUNE + " MONTH_TO_DATE", analyst, "api/xa/" + COMMUNE + "?ky=MONTH_TO_DATE"));
        if (history.firstDay().getYear() < year) {
            probes.add(new Probe("analyst /api/xa/" + COMMUNE + " " + (year - 1), analyst, "api/xa/" + COMMUNE + "?nam=" + (year - 1)));
        }
        probes.add(new Probe("analyst /api/chi-tieu?ma=" + ytdCode, analyst, "api/chi-tieu?ma=" + ytdCode));
        if (history.firstDay().getYear() < year) {
            String pastCode = firstCodeWith(history, year - 1, "YEAR_TO_DATE");
            probes.add(new Probe("analyst /api/chi-tieu?ma=" + pastCode + " " + (year - 1), analyst, "api/chi-tieu?ma=" + pastCode + "&nam=" + (year - 1)));
        }
        probes.add(new Probe("analyst /api/canh-bao", analyst, "api/canh-bao"));
        probes.add(new Probe("reviewer /api/tong-quan", reviewer, "api/tong-quan"));
        probes.add(new Probe("reviewer /api/chi-tieu?ma=" + ytdCode, reviewer, "api/chi-tieu?ma=" + ytdCode));
        probes.add(new Probe("reviewer /api/canh-bao", reviewer, "api/canh-bao"));
        probes.add(new Probe("officer /api/xa/" + COMMUNE, officer, "api/xa/" + COMMUNE));
        probes.add(new Probe("officer /api/canh-bao", officer, "api/canh-bao"));
        return probes;
    }

    private static List<Probe> exports(SignedIn analyst, String ytdCode) {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        tables.put("tong-quan", List.of("luoi", "ty-le", "xep-hang"));
        tables.put("xa", List.of("chi-tieu"));
        tables.put("chi-tieu", List.of("chua-dat", "xu-huong", "cac-xa"));
        tables.put("canh-bao", List.of("canh-bao", "do-moi"));
        Map<String, String> params = Map.of("tong-quan", "", "xa", "?ma=" + COMMUNE, "chi-tieu", "?ma=" + ytdCode, "canh-bao", "");
        List<Probe> probes = new ArrayList<>();
        tables.forEach((page, names) -> names.forEach(name -> List.of("csv", "xlsx").forEach(format -> {
            String path = "api/xuat/" + page + "/" + name + "." + format + params.get(page);
            probes.add(new Probe("analyst /" + path, analyst, path));
        })));
        return probes;
    }

    private static List<Latencies> bareSql(ClickHouse clickHouse, Selection current, String ytdCode) {
        OverviewQuery overview = new OverviewQuery(clickHouse, DB);
        CommuneQuery commune = new CommuneQuery(clickHouse, DB);
        IndicatorQuery indicator = new IndicatorQuery(clickHouse, DB);
        AlertQuery alerts = new AlertQuery(clickHouse, DB);
        FreshnessQuery freshness = new FreshnessQuery(clickHouse, DB);
        ChangeQuery change = new ChangeQuery(clickHouse, DB);
        Scope all = Scope.everything();
        Scope one = Scope.of(List.of(COMMUNE));
        return List.of(
                time("OverviewQuery.latest (province)", REQUESTS, () -> overview.latest(current, all)),
                time("CommuneQuery.latest", REQUESTS, () -> commune.latest(COMMUNE, current)),
                time("CommuneQuery.trend", REQUESTS, () -> commune.trend(COMMUNE, current)),
                time("CommuneQuery.recognition", REQUESTS, () -> commune.recognition(COMMUNE, current)),
                time("IndicatorQuery.latest (province)", REQUESTS, () -> indicator.latest(ytdCode, current, all)),
                time("IndicatorQuery.trend (province)", REQUESTS, () -> indicator.trend(ytdCode, current, all)),
                time("AlertQuery.newest (province, 500)", REQUESTS, () -> alerts.newest(all, 500)),
                time("AlertQuery.newest (one commune, 500)", REQUESTS, () -> alerts.newest(one, 500)),
                time("FreshnessQuery.latest (province)", REQUESTS, () -> freshness.latest(all)),
                time("FreshnessQuery.latest (one commune)", REQUESTS, () -> freshness.latest(one)),
                time("ChangeQuery.mark (live updates, every second)", REQUESTS, change::mark));
    }

    private static Latencies time(Probe probe) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            fetch(probe);
        }
        long[] nanos = new long[REQUESTS];
        for (int i = 0; i < REQUESTS; i++) {
            long start = System.nanoTime();
            fetch(probe);
            nanos[i] = System.nanoTime() - start;
        }
        return Latencies.ofNanos(probe.label(), nanos);
    }

    private static void fetch(Probe probe) throws Exception {
        HttpResponse<byte[]> answer = probe.as().bytes(probe.path());
        assertThat(answer.statusCode()).as(probe.label() + " answered " + new String(answer.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(answer.body()).as(probe.label()).isNotEmpty();
    }

    private static Latencies time(String label, int runs, Supplier<?> query) {
        for (int i = 0; i < Math.min(WARM_UP, runs); i++) {
            query.get();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            query.get();
            nanos[i] = System.nanoTime() - start;
        }
        return Latencies.ofNanos(label, nanos);
    }

    private static long rawRows(Map<String, Long> expected) {
        return java.util.Arrays.stream(HistoryLoad.RawSource.values()).mapToLong(source -> expected.get(source.table)).sum();
    }

    private static String header() {
        return "| request | p50 | p95 | p99 | max | p95 < 100 ms |\n|---|---:|---:|---:|---:|---|\n";
    }

    private static String firstCodeWith(ProvinceHistory history, int year, String window) {
        return history.windows(year).stream().filter(w -> w.window().equals(window)).findFirst().orElseThrow().code();
    }

    private static long count(ClickHouse clickHouse, String sql) {
        return clickHouse.query(sql).getFirst().longValue("n");
    }

    private static long parts(ClickHouse clickHouse, String table) {
        return count(clickHouse, "SELECT count() AS n FROM system.parts WHERE database = '" + DB + "' AND table = '" + table + "' AND active");
    }

    /** The 1, 5 and 15 minute load averages, as the kernel gives them. */
    private static String loadAverage() {
        try {
            return String.join(" / ", List.of(Files.readString(Path.of("/proc/loadavg")).strip().split(" ")).subList(0, 3)) + " (1/5/15 min)";
        } catch (java.io.IOException e) {
            return String.format(Locale.ROOT, "%.2f (1 min)", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
