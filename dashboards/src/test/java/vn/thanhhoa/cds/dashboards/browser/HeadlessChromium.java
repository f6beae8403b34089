package vn.thanhhoa.cds.dashboards.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The machine's own Chromium, driven through its ChromeDriver (Debian packages {@code chromium} and
 * {@code chromium-driver}, which {@code .ci/run} installs). Paths are given explicitly so that
 * Selenium never tries to download a browser or a driver: this network has no route for it.
 */
public final class HeadlessChromium {

    private static final Path BROWSER = Path.of(System.getProperty("cds.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("cds.chromedriver", "/usr/bin/chromedriver"));

    private HeadlessChromium() {
    }

    /** Skips the calling test, saying why, where the browser or its driver is not installed. */
    public static void assumeInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER),
                "browser test skipped: needs Chromium at " + BROWSER + " and ChromeDriver at " + DRIVER
                        + " (apt-get install chromium chromium-driver; .ci/run installs them)");
    }

    public static ChromeDriver start(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        // Without the networking switches Chromium keeps calling Google's hosts, refused here.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900", "--lang=vi-VN", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(new File(profile.toFile(), "chromedriver.log"))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
