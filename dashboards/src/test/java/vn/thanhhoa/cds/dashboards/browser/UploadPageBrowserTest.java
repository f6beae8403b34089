package vn.thanhhoa.cds.dashboards.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import vn.thanhhoa.cds.dashboards.status.PipelineStatus;
import vn.thanhhoa.cds.dashboards.upload.ReportInbox;

/** An officer uploads a monthly report through the page, in a real (headless) Chromium. */
class UploadPageBrowserTest {

    @TempDir
    Path root;

    private Path power;
    private DashboardServer server;
    private ChromeDriver browser;

    @org.junit.jupiter.api.io.TempDir
    static Path engineDirectory;
    private static vn.thanhhoa.cds.dashboards.TestDashboards dashboards;

    @org.junit.jupiter.api.BeforeAll
    static void open() {
        HeadlessChromium.assumeInstalled();
        dashboards = new vn.thanhhoa.cds.dashboards.TestDashboards(engineDirectory);
    }

    @org.junit.jupiter.api.AfterAll
    static void close() {
        if (dashboards != null) {
            dashboards.close();
        }
    }

    @BeforeEach
    void start() throws Exception {
        HeadlessChromium.assumeInstalled();
        Map<String, Path> folders = new LinkedHashMap<>();
        folders.put("BANK", Files.createDirectory(root.resolve("bank")));
        folders.put("TELECOM", Files.createDirectory(root.resolve("telecom")));
        power = Files.createDirectory(root.resolve("power"));
        folders.put("POWER", power);
        server = dashboards.start(new ReportInbox(folders, 1024 * 1024));
        browser = HeadlessChromium.start(Files.createDirectory(root.resolve("profile")));
        SignInPage.signIn(browser, server.url(), "phantich", vn.thanhhoa.cds.dashboards.TestDashboards.PASSWORD);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void anOfficerChoosesTheBodyAndTheFileAndSeesWhereItWasStored() throws Exception {
        String report = "Tên đơn vị: Công ty Điện lực Thanh Hóa\nBáo cáo tháng 11/2026\nSTT,Mã xã,Hộ gia đình sử dụng điện\n1,14758,\"12.408\"\n";
        Path file = Files.writeString(root.resolve("Báo cáo điện lực tháng 11.csv"), report, StandardCharsets.UTF_8);

        browser.get(server.url() + "nop-bao-cao");
        assertThat(browser.getTitle()).startsWith("Nộp báo cáo tháng");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        WebElement body = wait.until(ExpectedConditions.elementToBeClickable(By.id("nguon")));
        Select bodies = new Select(body);
        assertThat(bodies.getOptions()).extracting(WebElement::getText).containsExactly("— Chọn đơn vị —", "Ngân hàng", "Viễn thông", "Điện lực");
        bodies.selectByVisibleText("Điện lực");
        browser.findElement(By.id("tep")).sendKeys(file.toString());
        browser.findElement(By.id("submit")).click();

        WebElement result = browser.findElement(By.id("result"));
        wait.until(ExpectedConditions.textToBePresentInElement(result, "Đã nhận báo cáo"));
        List<Path> stored;
        try (Stream<Path> files = Files.list(power)) {
            stored = files.toList();
        }
        assertThat(stored).singleElement().satisfies(path -> {
            assertThat(path.getFileName().toString()).endsWith("-Báo cáo điện lực tháng 11.csv");
            assertThat(Files.readString(path, StandardCharsets.UTF_8)).isEqualTo(report);
            assertThat(result.getText()).contains(path.getFileName().toString());
        });
        assertThat(result.getAttribute("class")).isEqualTo("up");
        screenshot("upload-accepted.png");
    }

    @Test
    void aFileOfTheWrongKindIsRefusedInVietnameseAndNothingIsStored() throws Exception {
        Path file = Files.writeString(root.resolve("ghi chú.txt"), "không phải báo cáo");

        browser.get(server.url() + "nop-bao-cao");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        new Select(wait.until(ExpectedConditions.elementToBeClickable(By.id("nguon")))).selectByVisibleText("Ngân hàng");
        browser.findElement(By.id("tep")).sendKeys(file.toString());
        browser.findElement(By.id("submit")).click();

        WebElement result = browser.findElement(By.id("result"));
        wait.until(ExpectedConditions.attributeToBe(result, "class", "down"));
        assertThat(result.getText()).contains("ghi chú.txt").containsAnyOf(".csv", ".xlsx");
        try (Stream<Path> files = Files.list(root.resolve("bank"))) {
            assertThat(files.toList()).isEmpty();
        }
        screenshot("upload-refused.png");
    }

    /** Kept under target/ so that a person can look at what the officer saw. */
    private void screenshot(String name) throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(folder.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }
}
