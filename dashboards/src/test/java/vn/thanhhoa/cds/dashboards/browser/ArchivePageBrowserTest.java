package vn.thanhhoa.cds.dashboards.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.thanhhoa.cds.dashboards.DashboardServer;
import vn.thanhhoa.cds.dashboards.TestDashboards;
import vn.thanhhoa.cds.dashboards.archive.ArchiveRows;
import vn.thanhhoa.cds.store.ClickHouseValues;

/**
 * The page "Báo cáo tháng" and the alert feed's buttons in a real (headless) Chromium: a district
 * reviewer lists its unit's reports, filters by month, downloads one through the page's link (its
 * bytes hashed in the browser against the SHA-256 the row shows) and sees the failed delivery
 * highlighted; an officer acknowledges an alert and mutes its indicator, then unmutes it.
 */
class ArchivePageBrowserTest {

    private static final String OWN = "380";
    private static final String OTHER = "397";
    private static final Instant MADE = Instant.parse("2026-11-01T00:00:05Z");
    private static final String ALERT = TestDashboards.OFFICER_COMMUNE + "|2026|9|YEAR_TO_DATE|1|BELOW";

    @TempDir
    static Path directory;
    static TestDashboards dashboards;
    static DashboardServer server;
    static byte[] october;

    @BeforeAll
    static void start() throws Exception {
        HeadlessChromium.assumeInstalled();
        dashboards = new TestDashboards(directory);
        october = ("%PDF-1.7\nBáo cáo tháng 10 năm 2026 — Thành phố Thanh Hóa\n" + "y".repeat(5000)).getBytes(StandardCharsets.UTF_8);
        byte[] november = "PK\u0003\u0004 bảng tính tạm tính".getBytes(StandardCharsets.UTF_8);
        dashboards.clickHouse().insert("cds.report_archive", List.of(
                ArchiveRows.report(OWN, YearMonth.of(2026, 10), "pdf", MADE, october, null, false),
                ArchiveRows.report(OWN, YearMonth.of(2026, 11), "xlsx", MADE.plusSeconds(60), november, null, true),
                ArchiveRows.report(OTHER, YearMonth.of(2026, 10), "pdf", MADE, "%PDF-1.7 khác".getBytes(StandardCharsets.UTF_8), null, false)), null);
        String subject = OWN + "-2026-10-" + MADE.toEpochMilli();
        dashboards.clickHouse().insert("cds.delivery_attempt", List.of(
                ArchiveRows.attempt("report", subject, "EMAIL", "vp@tp.thanhhoa.gov.vn", 1, "DELIVERED", null, MADE.plusSeconds(1)),
                ArchiveRows.attempt("report", subject, "WEBHOOK", "https://tp.example/hook", 1, "FAILED", "HTTP 503", MADE.plusSeconds(1)),
                ArchiveRows.attempt("report", subject, "WEBHOOK", "https://tp.example/hook", 2, "GAVE_UP", "HTTP 503 Service Unavailable",
                        MADE.plusSeconds(5))), null);
        Map<String, Object> alert = new LinkedHashMap<>();
        alert.put("alert_id", ALERT);
        alert.put("episode_id", ALERT.substring(0, ALERT.lastIndexOf('|')));
        alert.put("kind", "BELOW");
        alert.put("commune_code", TestDashboards.OFFICER_COMMUNE);
        alert.put("indicator_set", "2026");
        alert.put("indicator_code", "9");
        alert.put("year", 2026);
        alert.put("window_kind", "YEAR_TO_DATE");
        alert.put("value", 60.0);
        alert.put("target", 80.0);
        alert.put("message", "Tỉ lệ đạt 60,0%, dưới chỉ tiêu 80%.");
        alert.put("raised_at", ClickHouseValues.dateTime64(Instant.parse("2026-11-20T02:00:00Z").toEpochMilli()));
        dashboards.clickHouse().insert("cds.alert_commune", List.of(alert), null);
        server = dashboards.start(null);
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

    @Test
    void aReviewerListsFiltersAndDownloadsItsUnitsReports() throws Exception {
        ChromeDriver browser = HeadlessChromium.start(Files.createDirectory(directory.resolve("reviewer")));
        try {
            SignInPage.signIn(browser, server.url(), "thamtra", TestDashboards.PASSWORD);
            browser.get(server.url() + "bao-cao");
            assertThat(browser.getTitle()).startsWith("Báo cáo tháng");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
            wait.until(d -> d.findElements(By.cssSelector("table[data-table='bao-cao'] tbody tr")).size() == 2);
            List<String> units = browser.findElements(By.cssSelector("table[data-table='bao-cao'] tbody tr td:nth-child(2)")).stream()
                    .map(WebElement::getText).toList();
            assertThat(units).containsOnly("Thành phố Thanh Hóa");
            assertThat(browser.findElement(By.cssSelector("table[data-table='bao-cao'] tbody")).getText()).contains("11/2026", "Tạm tính", "10/2026")
                    .doesNotContain("Triệu Sơn");
            WebElement failed = browser.findElement(By.cssSelector("table[data-table='gui-di'] tbody tr.failed"));
            assertThat(failed.getText()).contains("https://tp.example/hook", "Không gửi được", "HTTP 503 Service Unavailable");
            assertThat(failed.findElement(By.tagName("td")).getCssValue("background-color")).isEqualTo("rgba(248, 212, 212, 1)");
            assertThat(browser.findElements(By.cssSelector("table[data-table='gui-di'] tbody tr"))).hasSize(2);
            screenshot(browser, "bao-cao-reviewer.png");

            new Select(browser.findElement(By.id("thang"))).selectByVisibleText("10/2026");
            wait.until(d -> d.findElements(By.cssSelector("table[data-table='bao-cao'] tbody tr")).size() == 1);
            WebElement row = browser.findElement(By.cssSelector("table[data-table='bao-cao'] tbody tr"));
            String shownSha = row.findElement(By.cssSelector("td:nth-child(7)")).getText();
            assertThat(shownSha).isEqualTo(ArchiveRows.sha256(october));
            WebElement link = row.findElement(By.cssSelector("a.tai-ve"));
            assertThat(link.getText()).isEqualTo("Tải PDF");
            // The link fetched in the page's own session, its bytes hashed by the browser.
            Object answer = browser.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(arguments[0]).then(async r => {
                      const bytes = await r.arrayBuffer();
                      const hash = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))).map(b => b.toString(16).padStart(2, '0')).join('');
                      done([r.status, r.headers.get('content-type'), bytes.byteLength, hash, r.headers.get('content-disposition')]);
                    }).catch(e => done([0, String(e)]));
                    """, link.getAttribute("href"));
            List<?> result = (List<?>) answer;
            assertThat(((Number) result.get(0)).intValue()).isEqualTo(200);
            assertThat(result.get(1).toString()).startsWith("application/pdf");
            assertThat(((Number) result.get(2)).intValue()).isEqualTo(october.length);
            assertThat(result.get(3)).isEqualTo(shownSha);
            assertThat(result.get(4).toString()).contains("filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20C%C4%90S%20Th%C3%A0nh%20ph%E1%BB%91%20Thanh%20H%C3%B3a");
            screenshot(browser, "bao-cao-thang-10.png");
        } finally {
            browser.quit();
        }
    }

    @Test
    void anAnalystSeesEveryUnitAndIsToldWhenThisServerCannotMakeAReport() throws Exception {
        ChromeDriver browser = HeadlessChromium.start(Files.createDirectory(directory.resolve("analyst")));
        try {
            SignInPage.signIn(browser, server.url(), "phantich", TestDashboards.PASSWORD);
            browser.get(server.url() + "bao-cao");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
            wait.until(d -> d.findElements(By.cssSelector("table[data-table='bao-cao'] tbody tr")).size() == 3);
            assertThat(browser.findElement(By.cssSelector("table[data-table='bao-cao'] tbody")).getText()).contains("Huyện Triệu Sơn");
            WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lap")));
            new Select(form.findElement(By.id("lap-don-vi"))).selectByValue("38");
            browser.executeScript("document.getElementById('lap-thang').value = '2026-10'");
            form.findElement(By.id("lap-nut")).click();
            WebElement result = browser.findElement(By.id("lap-ket-qua"));
            // The test server is started without the reports module: the page says so in Vietnamese.
            wait.until(ExpectedConditions.textToBePresentInElement(result, "không lập báo cáo tháng theo yêu cầu"));
            assertThat(result.getAttribute("class")).isEqualTo("down");
            screenshot(browser, "bao-cao-analyst.png");
        } finally {
            browser.quit();
        }
    }

    @Test
    void anOfficerAcknowledgesAnAlertAndMutesThenUnmutesItsIndicator() throws Exception {
        ChromeDriver browser = HeadlessChromium.start(Files.createDirectory(directory.resolve("officer")));
        try {
            SignInPage.signIn(browser, server.url(), "canboxa", TestDashboards.PASSWORD);
            browser.get(server.url() + "canh-bao");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
            WebElement seen = wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//table[@data-table='canh-bao']//button[text()='Đã xem']")));
            assertThat(browser.findElements(By.xpath("//button[text()='Tắt cho mọi xã']"))).as("an officer mutes its commune only").isEmpty();
            seen.click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("table[data-table='canh-bao'] tbody tr"), "Cán bộ xã Hàm Rồng ("));
            assertThat(browser.findElement(By.cssSelector("table[data-table='canh-bao'] tbody tr")).getText()).contains("✓ Đã xem");

            browser.findElement(By.xpath("//table[@data-table='canh-bao']//button[text()='Tắt thông báo']")).click();
            WebElement mute = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#tat-thong-bao li[data-mute='2026|9|"
                    + TestDashboards.OFFICER_COMMUNE + "']")));
            assertThat(mute.getText()).contains("Chỉ tiêu 9", "Phường Hàm Rồng");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("table[data-table='canh-bao'] tbody tr"), "Đã tắt thông báo"));
            screenshot(browser, "canh-bao-da-xem-tat-thong-bao.png");

            mute.findElement(By.tagName("button")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tat-thong-bao"), "Chưa tắt thông báo nào."));
            wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//table[@data-table='canh-bao']//button[text()='Tắt thông báo']")));
            assertThat(dashboards.clickHouse().query("SELECT count() AS n FROM cds.alert_mute FINAL WHERE login = 'canboxa' AND muted")
                    .getFirst().longValue("n")).isZero();
        } finally {
            browser.quit();
        }
    }

    @Test
    void aReviewerMutesAnIndicatorForEveryCommune() throws Exception {
        ChromeDriver browser = HeadlessChromium.start(Files.createDirectory(directory.resolve("reviewer-feed")));
        try {
            SignInPage.signIn(browser, server.url(), "thamtra", TestDashboards.PASSWORD);
            browser.get(server.url() + "canh-bao");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
            wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//table[@data-table='canh-bao']//button[text()='Tắt cho mọi xã']"))).click();
            WebElement mute = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#tat-thong-bao li[data-mute='2026|9|']")));
            assertThat(mute.getText()).contains("Chỉ tiêu 9", "Mọi xã");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("table[data-table='canh-bao'] tbody tr"), "Đã tắt thông báo"));
            assertThat(dashboards.clickHouse().query("SELECT count() AS n FROM cds.alert_mute FINAL WHERE login = 'thamtra' AND muted AND commune_code = ''")
                    .getFirst().longValue("n")).isEqualTo(1);
        } finally {
            browser.quit();
        }
    }

    /** Kept under target/ so that a person can look at what the reviewer and the officer saw. */
    private static void screenshot(ChromeDriver browser, String name) throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(folder.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }
}
