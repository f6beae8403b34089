package vn.thanhhoa.cds.dashboards.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
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
import vn.thanhhoa.cds.connectors.deadletter.Parsed;
import vn.thanhhoa.cds.dashboards.DashboardServer;
import vn.thanhhoa.cds.dashboards.TestDashboards;
import vn.thanhhoa.cds.dashboards.declaration.DeclarationFolders;
import vn.thanhhoa.cds.schemas.raw.Declaration;

/**
 * A declaration round-trips, in a real (headless) Chromium: an officer fills a yes/no declaration
 * with an evidence PDF and sends it; its line is in the connector's folder and the connector's own
 * mapping reads it; the row the sink writes from that record is put into {@code raw_declaration};
 * the page then lists the declaration with its evidence link, which downloads the same bytes.
 */
class DeclarationBrowserTest {

    @TempDir
    static Path root;
    private static TestDashboards dashboards;
    private static DeclarationFolders folders;
    private static DashboardServer server;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        HeadlessChromium.assumeInstalled();
        dashboards = new TestDashboards(root.resolve("engine"));
        folders = new DeclarationFolders(root, dashboards.communes());
        server = dashboards.start(null, TestDashboards::noStatus, folders.desk());
        browser = HeadlessChromium.start(Files.createDirectory(root.resolve("profile")));
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1100));
    }

    /** Each test starts signed in as the person it is about. */
    private static void signInAs(String login) {
        browser.manage().deleteAllCookies();
        SignInPage.signIn(browser, server.url(), login, TestDashboards.PASSWORD);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (dashboards != null) {
            dashboards.close();
        }
    }

    @Test
    void aDeclarationRoundTrips() throws Exception {
        byte[] pdf = ("%PDF-1.4\n% Kế hoạch lắp đặt điểm phát wifi công cộng tại nhà văn hóa các khu phố\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(root.resolve("Biên bản nghiệm thu wifi.pdf"), pdf);
        String title = "Biên bản nghiệm thu điểm wifi công cộng số 15/BB-UBND";
        signInAs("canboxa");

        browser.get(server.url() + "khai-bao?bo=2023-2025&nam=2025");
        assertThat(browser.getTitle()).startsWith("Khai báo chỉ tiêu");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        Select indicator = new Select(wait.until(ExpectedConditions.elementToBeClickable(By.id("ma"))));
        assertThat(browser.findElement(By.id("xa-box")).isDisplayed()).as("an officer has no commune to choose").isFalse();
        indicator.selectByValue("4.5");
        assertThat(indicator.getFirstSelectedOption().getText()).startsWith("4.5. Có điểm phát wifi công cộng").endsWith("(Có/Không)");
        browser.findElement(By.cssSelector("input[name=dat][value=co]")).click();
        browser.findElement(By.cssSelector("input[name=minhChung]")).sendKeys(file.toString());
        browser.findElement(By.cssSelector("input[name=tieuDe]")).sendKeys(title);
        screenshot("declaration-filled.png");
        browser.findElement(By.id("gui")).click();

        WebElement result = browser.findElement(By.id("result"));
        wait.until(ExpectedConditions.textToBePresentInElement(result, "Đã nhận khai báo"));
        assertThat(result.getAttribute("class")).isEqualTo("up");
        screenshot("declaration-accepted.png");

        List<Path> lines = folders.inboxFiles();
        assertThat(lines).singleElement().satisfies(p -> assertThat(p.getFileName().toString()).endsWith(".jsonl"));
        String line = Files.readString(lines.getFirst(), StandardCharsets.UTF_8).strip();
        Parsed<Declaration> parsed = folders.mapping().map(line, lines.getFirst().getFileName().toString(), 1);
        assertThat(parsed).isInstanceOf(Parsed.Accepted.class);
        Declaration declaration = ((Parsed.Accepted<Declaration>) parsed).value();
        assertThat(declaration.getCommuneCode()).isEqualTo(TestDashboards.OFFICER_COMMUNE);
        assertThat(declaration.getIndicatorCode()).isEqualTo("4.5");
        assertThat(declaration.getMet()).isTrue();
        assertThat(declaration.getDeclaredBy()).isEqualTo("canboxa");
        assertThat(declaration.getEvidence()).singleElement().satisfies(e -> assertThat(e.getTitle()).isEqualTo(title));

        insertAsTheSinkWould(declaration);
        browser.navigate().refresh();
        WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("tr[data-ma='4.5'] a.minh-chung")));
        assertThat(link.getText()).isEqualTo(title);
        WebElement row = browser.findElement(By.cssSelector("tr[data-ma='4.5']"));
        String declaredAt = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Asia/Ho_Chi_Minh")).format(declaration.getDeclaredAt());
        assertThat(row.getText()).contains("Có", "canboxa", declaredAt, "2025");
        screenshot("declaration-received.png");

        // Downloaded by the page's own session, as clicking the link would.
        String base64 = (String) browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => { let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s)); });",
                link.getAttribute("href"));
        assertThat(Base64.getDecoder().decode(base64)).isEqualTo(pdf);

        // The commune page shows the same evidence in item 4.5's row, linked to the same kept file.
        browser.get(server.url() + "xa/" + TestDashboards.OFFICER_COMMUNE + "?bo=2023-2025&nam=2025");
        WebElement onThePage = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#chi-tieu a.minh-chung")));
        assertThat(onThePage.getText()).isEqualTo(title);
        assertThat(onThePage.findElement(By.xpath("ancestor::tr")).findElement(By.tagName("td")).getText()).isEqualTo("4.5");
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", onThePage);
        screenshot("commune-evidence.png");
        String fromCommunePage = (String) browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => { let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s)); });",
                onThePage.getAttribute("href"));
        assertThat(Base64.getDecoder().decode(fromCommunePage)).isEqualTo(pdf);
    }

    @Test
    void aYesWithoutEvidenceIsRefusedOnThePageAndNothingIsWritten() throws Exception {
        signInAs("canboxa");
        List<Path> before = folders.inboxFiles();
        browser.get(server.url() + "khai-bao?bo=2023-2025&nam=2025");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        new Select(wait.until(ExpectedConditions.elementToBeClickable(By.id("ma")))).selectByValue("4.6");
        browser.findElement(By.cssSelector("input[name=dat][value=co]")).click();
        browser.findElement(By.id("gui")).click();

        WebElement result = browser.findElement(By.id("result"));
        wait.until(ExpectedConditions.attributeToBe(result, "class", "down"));
        assertThat(result.getText()).isEqualTo("Khai báo “Có” phải kèm ít nhất một tài liệu minh chứng.");
        assertThat(folders.inboxFiles()).isEqualTo(before);
        screenshot("declaration-refused.png");
    }

    @Test
    void anAnalystChoosesACommuneAndAReviewerOnlyReads() throws Exception {
        signInAs("phantich");
        browser.get(server.url() + "khai-bao?bo=2026&nam=2026");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        Select commune = new Select(wait.until(ExpectedConditions.elementToBeClickable(By.id("xa"))));
        assertThat(commune.getOptions()).hasSize(1 + dashboards.communes().all().size());
        assertThat(browser.findElement(By.id("form-box")).isDisplayed()).as("no commune chosen yet").isFalse();
        commune.selectByValue(TestDashboards.OFFICER_COMMUNE);
        wait.until(ExpectedConditions.urlContains("xa=" + TestDashboards.OFFICER_COMMUNE));
        Select indicator = new Select(wait.until(ExpectedConditions.elementToBeClickable(By.id("ma"))));
        indicator.selectByValue("29");
        assertThat(browser.findElements(By.cssSelector("input[name='chiTiet.web.dx_section']"))).hasSize(2);
        assertThat(browser.findElement(By.id("fields")).getText()).contains("Số liệu:");
        screenshot("declaration-analyst.png");

        signInAs("thamtra");
        browser.get(server.url() + "khai-bao?xa=" + TestDashboards.OFFICER_COMMUNE);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("read-only")));
        assertThat(browser.findElement(By.id("form-box")).isDisplayed()).isFalse();
    }

    /** The row the ClickHouse sink writes for a {@code raw.declaration} record, from the record the connector made. */
    private static void insertAsTheSinkWould(Declaration d) {
        String evidence = d.getEvidence().stream().map(e -> "(" + quote(e.getTitle()) + ", " + quote(e.getReference()) + ")").collect(Collectors.joining(", "));
        List<String> values = new ArrayList<>(List.of(quote(d.getDeclarationId()), quote(d.getCommuneCode()), quote(d.getIndicatorSet()), quote(d.getIndicatorCode()),
                String.valueOf(d.getYear()), d.getMonth() == null ? "NULL" : quote(d.getMonth()), String.valueOf(d.getMet()), "NULL", "map()", "NULL",
                "[" + evidence + "]", quote(d.getDeclaredBy()), "fromUnixTimestamp64Milli(" + d.getDeclaredAt().toEpochMilli() + ")"));
        dashboards.clickHouse().execute("INSERT INTO cds.raw_declaration (declaration_id, commune_code, indicator_set, indicator_code, year, month, met,"
                + " value, parts, denominator_value, evidence, declared_by, declared_at) VALUES (" + String.join(", ", values) + ")");
    }

    private static String quote(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static void screenshot(String name) throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(folder.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }
}
