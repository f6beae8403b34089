package vn.thanhhoa.cds.dashboards.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.thanhhoa.cds.dashboards.DashboardServer;
import vn.thanhhoa.cds.dashboards.IndicatorRows;
import vn.thanhhoa.cds.dashboards.TestDashboards;
import vn.thanhhoa.cds.dashboards.indicators.IndicatorInfo;
import vn.thanhhoa.cds.dashboards.status.PipelineStatus;
import vn.thanhhoa.cds.dashboards.units.Commune;
import vn.thanhhoa.cds.store.ClickHouseValues;

/**
 * The pages in a real headless Chromium, on a server over the embedded ClickHouse with rows inserted
 * here: the overview lists all 166 communes, a newer computation changes the open commune page
 * without a reload, an officer cannot open another commune. Screenshots go to target/screenshots.
 */
class DashboardBrowserTest {

    private static final String OWN = TestDashboards.OFFICER_COMMUNE;
    private static final Instant COMPUTED = Instant.parse("2026-11-20T03:00:00Z");
    /** Every eleventh value is missing: a commune whose feed has not reported that indicator yet. */
    private static final int NO_DATA_EVERY = 11;

    @TempDir
    static Path directory;
    private static TestDashboards dashboards;
    private static DashboardServer server;
    private static List<Commune> communes;

    @TempDir
    Path profile;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    static void start() {
        HeadlessChromium.assumeInstalled();
        dashboards = new TestDashboards(directory);
        communes = dashboards.communes().all();
        List<IndicatorInfo> indicators = dashboards.indicators().indicators("2026");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int c = 0; c < communes.size(); c++) {
            for (int i = 0; i < indicators.size(); i++) {
                Double value = (c + i) % NO_DATA_EVERY == 0 ? null : 30.0 + (c * 7 + i * 13) % 70;
                // The status the engine would give against a target of 70: met, at risk within 10 points, below.
                String status = value == null ? "NO_DATA" : value >= 70 ? "MET" : value >= 60 ? "AT_RISK" : "BELOW";
                // Three days of history each, so the trend charts have a line to draw.
                for (int d = 0; d < 3; d++) {
                    rows.add(IndicatorRows.value(communes.get(c).code(), "2026", indicators.get(i).code(), 2026, "YEAR_TO_DATE",
                            LocalDate.of(2026, 11, 18 + d), value == null ? null : value - 4 + 2 * d, status, 70.0, COMPUTED.minus(Duration.ofDays(2 - d))));
                }
            }
        }
        dashboards.clickHouse().insert("cds.indicator_value_daily", rows, null);
        dashboards.clickHouse().insert("cds.alert_commune", List.of(Map.of("alert_id", "a1", "episode_id", "e1", "kind", "BELOW",
                "commune_code", OWN, "indicator_set", "2026", "indicator_code", "1", "year", 2026, "window_kind", "YEAR_TO_DATE",
                "message", "Tỷ lệ dưới mục tiêu 70 %", "raised_at", ClickHouseValues.dateTime64(COMPUTED.toEpochMilli()))), null);
        dashboards.clickHouse().insert("cds.raw_dossier", List.of(Map.of("event_id", "d1", "dossier_code", "d1", "procedure_code", "P", "channel", "ONLINE",
                "status", 1, "agency_code", "X", "commune_code", OWN, "changed_at", ClickHouseValues.dateTime64(COMPUTED.toEpochMilli()),
                "source_location", "test")), null);
        server = dashboards.start(null, () -> new PipelineStatus(Instant.now(), List.of(
                new PipelineStatus.Component("Kafka (KRaft)", "127.0.0.1:9092", true),
                new PipelineStatus.Component("ClickHouse", "embedded ClickHouse (chDB 26.7.3-stable.1) at /tmp/junit-17224830733555285163/clickhouse", true)),
                new PipelineStatus.Connectors(List.of(new PipelineStatus.Connector("one-stop-dossiers", "RUNNING", null,
                        List.of(new PipelineStatus.Task(0, "RUNNING", null)))), null, 0),
                List.of(new PipelineStatus.Topic("raw.tthc.dossier", 14869)), List.of(new PipelineStatus.Table("cds.indicator_value_latest", 6259))));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (dashboards != null) {
            dashboards.close();
        }
    }

    @BeforeEach
    void open() {
        browser = HeadlessChromium.start(profile);
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theOverviewShowsEveryCommuneAndTheIndicatorAndAlertPagesDrawTheirData() throws Exception {
        browser.get(server.url() + "dang-nhap");
        screenshot("login.png");
        SignInPage.signIn(browser, server.url(), "phantich", TestDashboards.PASSWORD);
        assertThat(browser.getCurrentUrl()).contains("/tong-quan");

        browser.get(server.url() + "tong-quan?nam=2026");
        wait.until(d -> d.findElements(By.cssSelector("#grid-table tbody tr")).size() == 166);
        assertThat(communes).hasSize(166);
        List<String> shown = browser.findElements(By.cssSelector("#grid-table tbody tr")).stream().map(r -> r.getAttribute("data-commune")).toList();
        assertThat(shown).containsExactlyInAnyOrderElementsOf(communes.stream().map(Commune::code).toList());
        assertThat(browser.findElement(By.id("so-xa")).getText()).isEqualTo("166");
        wait.until(d -> d.findElement(By.id("live")).getText().contains("Trực tiếp"));
        screenshot("overview.png");

        browser.get(server.url() + "chi-tieu?bo=2026&nam=2026&ma=1");
        wait.until(d -> d.findElements(By.cssSelector("#cac-xa tbody tr")).size() == 166);
        assertThat(browser.findElement(By.id("title")).getText()).startsWith("1.");
        screenshot("indicator.png");

        browser.get(server.url() + "canh-bao");
        wait.until(d -> !d.findElements(By.cssSelector("#canh-bao tbody tr")).isEmpty() && !d.findElements(By.cssSelector("#do-moi tbody tr")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("#canh-bao tbody tr")).getText()).contains("Dưới mục tiêu", "Phường Hàm Rồng", "20/11/2026");
        screenshot("alerts.png");

        browser.get(server.url());
        wait.until(d -> d.getPageSource().contains("raw.tthc.dossier"));
        screenshot("status.png");
    }

    @Test
    void aNewerComputationChangesTheOpenCommunePageWithinSecondsWithoutReload() throws Exception {
        SignInPage.signIn(browser, server.url(), "canboxa", TestDashboards.PASSWORD);
        assertThat(browser.getCurrentUrl()).endsWith("/xa/" + OWN);
        browser.get(server.url() + "xa/" + OWN + "?nam=2026");
        String before = wait.until(d -> valueText("2"));
        assertThat(browser.findElement(By.id("title")).getText()).isEqualTo("Phường Hàm Rồng (mã " + OWN + ")");
        wait.until(d -> d.findElement(By.id("live")).getText().contains("Trực tiếp"));
        screenshot("commune.png");
        browser.executeScript("document.getElementById('trends').scrollIntoView();");
        wait.until(d -> d.findElements(By.cssSelector("#trends canvas")).size() >= 2);
        screenshot("commune-trends.png");
        browser.executeScript("window.scrollTo(0, 0);");
        browser.executeScript("window.notReloaded = 'vẫn trang cũ';");

        dashboards.clickHouse().insert("cds.indicator_value_daily", List.of(IndicatorRows.value(OWN, "2026", "2", 2026, "YEAR_TO_DATE",
                LocalDate.of(2026, 11, 21), 1234.5, "MET", 70.0, COMPUTED.plus(Duration.ofDays(1)))), null);

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "1.234,5".equals(valueText("2")));
        assertThat(before).isNotEqualTo("1.234,5");
        assertThat(browser.executeScript("return window.notReloaded;")).isEqualTo("vẫn trang cũ");
        screenshot("commune-updated.png");
    }

    @Test
    void anOfficerCannotOpenAnotherCommune() throws Exception {
        String other = communes.stream().filter(c -> !c.code().equals(OWN)).findFirst().orElseThrow().code();
        SignInPage.signIn(browser, server.url(), "canboxa", TestDashboards.PASSWORD);

        browser.get(server.url() + "xa/" + other);

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Không có quyền truy cập");
        assertThat(browser.findElement(By.id("refused")).getText()).contains(other);
        assertThat(browser.getPageSource()).doesNotContain("chi-tieu");
        screenshot("officer-refused.png");
    }

    /**
     * The value (4th column) of the commune table's row for indicator {@code code}, read in one script
     * because live updates replace the table under the test; null while the row is not drawn.
     */
    private String valueText(String code) {
        return (String) browser.executeScript("const row = [...document.querySelectorAll('#chi-tieu tbody tr')]"
                + ".find(r => r.cells[0] && r.cells[0].textContent === arguments[0]); return row ? row.cells[3].textContent : null;", code);
    }

    private void screenshot(String name) throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(folder.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }
}
