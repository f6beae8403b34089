package vn.thanhhoa.cds.cli.demo;

import vn.thanhhoa.cds.dashboards.browser.SignInPage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.thanhhoa.cds.schemas.raw.DossierStatusChanged;
import vn.thanhhoa.cds.schemas.raw.ReceivingChannel;
import vn.thanhhoa.cds.schemas.raw.ServiceLevel;
import vn.thanhhoa.cds.schemas.serde.WireFormatSerializer;
import vn.thanhhoa.cds.schemas.topic.PipelineTopics;
import vn.thanhhoa.cds.store.Row;

/**
 * A commune officer's own commune page open in headless Chromium on the running demo, and new
 * one-stop dossiers of that commune sent to {@code raw.dossier} as the connector would write them
 * (Confluent wire format through the registry). Item 9 (2026, year to date) is what is watched:
 * online dossiers over received ones, so each new dossier moves it by a figure the test computes.
 */
final class LivePage implements AutoCloseable {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String ITEM = "9";

    /** Online and received counts of item 9, as the engine's newest value holds them. */
    record Counts(double online, double received) {

        /** The next dossier's channel: online while that raises the share, else one at the counter, so that every dossier changes the figure. */
        boolean nextOnline() {
            return online < received || received == 0;
        }

        Counts plus(boolean online) {
            return new Counts(this.online + (online ? 1 : 0), received + 1);
        }

        /** The share as the page prints it: at most two decimals, dot for thousands, comma for decimals; blank without dossiers. */
        String shown() {
            if (received == 0) {
                return "";
            }
            BigDecimal share = BigDecimal.valueOf(online * 100).divide(BigDecimal.valueOf(received), 2, RoundingMode.HALF_UP).stripTrailingZeros();
            String plain = share.toPlainString();
            String whole = plain.contains(".") ? plain.substring(0, plain.indexOf('.')) : plain;
            String fraction = plain.contains(".") ? "," + plain.substring(plain.indexOf('.') + 1) : "";
            StringBuilder grouped = new StringBuilder(whole);
            for (int i = whole.length() - 3; i > 0; i -= 3) {
                grouped.insert(i, '.');
            }
            return grouped + fraction;
        }
    }

    private final Demo demo;
    private final ChromeDriver browser;
    private final String commune;
    private final int year;
    private final WireFormatSerializer serializer;
    private final KafkaProducer<String, byte[]> producer;

    LivePage(Demo demo, ChromeDriver browser, String commune) {
        this.demo = demo;
        this.browser = browser;
        this.commune = commune;
        this.year = LocalDate.now(VIETNAM).getYear();
        this.serializer = new WireFormatSerializer(demo.stack().registry().url());
        this.producer = new KafkaProducer<>(Map.of("bootstrap.servers", demo.stack().bootstrapServers(), "linger.ms", 0, "acks", "all"),
                new StringSerializer(), new ByteArraySerializer());
    }

    String commune() {
        return commune;
    }

    /** Signs in through the login page as a person would, then opens the commune's page for the year, set 2026, year to date. */
    void open(String login, String password) {
        SignInPage.signIn(browser, demo.dashboardUrl(), login, password);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(demo.dashboardUrl() + "xa/" + commune + "?bo=2026&nam=" + year + "&ky=YEAR_TO_DATE");
        wait.until(driver -> item9() != null);
        wait.until(driver -> driver.findElement(By.id("live")).getText().contains("Trực tiếp"));
        // Every text item 9 takes, with the browser's time of the change: the page is re-drawn by its
        // live updates, so the figure is read by an observer rather than polled from the test.
        browser.executeScript("window.item9Changes = []; let last = null;"
                + "const read = () => { const row = [...document.querySelectorAll('#chi-tieu tbody tr')].find(r => r.cells[0] && r.cells[0].textContent === '" + ITEM + "');"
                + "  const text = row ? row.cells[3].textContent : null; if (text !== null && text !== last) { last = text; window.item9Changes.push([text, Date.now()]); } };"
                + "read(); new MutationObserver(read).observe(document.getElementById('chi-tieu'), { childList: true, subtree: true, characterData: true });"
                + "window.notReloaded = 'vẫn trang cũ';");
    }

    /** Item 9's value cell as shown now; null while its row is not drawn. */
    String item9() {
        return (String) browser.executeScript("const row = [...document.querySelectorAll('#chi-tieu tbody tr')]"
                + ".find(r => r.cells[0] && r.cells[0].textContent === arguments[0]); return row ? row.cells[3].textContent : null;", ITEM);
    }

    boolean notReloaded() {
        return "vẫn trang cũ".equals(browser.executeScript("return window.notReloaded;"));
    }

    /** The texts item 9 took since the page was opened, each with the browser's epoch milliseconds. */
    @SuppressWarnings("unchecked")
    List<List<Object>> changes() {
        return (List<List<Object>>) browser.executeScript("return window.item9Changes;");
    }

    /** The newest item 9 counts of the commune in ClickHouse (zero when the engine has none yet). */
    Counts stored() {
        List<Row> rows = demo.stack().clickHouse().query("SELECT numerator, denominator FROM " + Demo.DATABASE + ".indicator_value_latest FINAL"
                + " WHERE unit_level = 'COMMUNE' AND indicator_set = '2026' AND indicator_code = '" + ITEM + "' AND window_kind = 'YEAR_TO_DATE'"
                + " AND year = " + year + " AND unit_code = '" + commune + "'");
        if (rows.isEmpty() || rows.getFirst().get("denominator") == null) {
            return new Counts(0, 0);
        }
        return new Counts(rows.getFirst().doubleValue("numerator"), rows.getFirst().doubleValue("denominator"));
    }

    /**
     * Waits until the engine has taken the simulated feed: item 9's counts unchanged in ClickHouse for
     * {@code quiet} and the page showing them; returns them.
     */
    Counts settled(Duration quiet, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        Counts last = null;
        long since = System.nanoTime();
        while (System.nanoTime() < deadline) {
            Counts now = stored();
            if (!now.equals(last)) {
                last = now;
                since = System.nanoTime();
            } else if (now.received() > 0 && System.nanoTime() - since >= quiet.toNanos() && now.shown().equals(item9())) {
                return now;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("item 9 of " + commune + " did not settle within " + atMost + ": last " + last + ", page shows " + item9());
    }

    /**
     * One dossier of the commune received today (status 2), online or at the counter, sent to
     * {@code raw.dossier}; returns the epoch milliseconds of the broker's acknowledgement.
     */
    long send(boolean online) throws Exception {
        Instant now = Instant.now();
        String code = "LIVE-" + UUID.randomUUID();
        DossierStatusChanged dossier = DossierStatusChanged.newBuilder()
                .setEventId(code + "#0").setDossierCode(code).setProcedureCode("1.000894.000.00.00.H56")
                .setServiceLevel(ServiceLevel.FULLY_ONLINE).setChannel(online ? ReceivingChannel.ONLINE : ReceivingChannel.DIRECT).setStatus(2)
                .setReceivedAt(now).setHasDigitisedComponents(true).setHasElectronicResult(false)
                .setReusedData(false).setSubmittedFiles(1).setReusedFiles(0).setVneidVerified(true).setPaidOnline(false).setHasFees(false)
                .setAgencyCode("000.20.43.H56").setCommuneCode(commune).setChangedAt(now).setSourceLocation("live-page-test").build();
        // Timed in the producer's callback (its I/O thread), not after get() returns to a thread that may wait for a core.
        java.util.concurrent.atomic.AtomicLong acknowledged = new java.util.concurrent.atomic.AtomicLong();
        producer.send(new ProducerRecord<>(PipelineTopics.RAW_DOSSIER.name(), code, serializer.serialize(PipelineTopics.RAW_DOSSIER.name(), dossier)),
                (metadata, error) -> acknowledged.set(System.currentTimeMillis())).get();
        return acknowledged.get();
    }

    void screenshot(String name) throws Exception {
        screenshot(browser, name);
    }

    static void screenshot(ChromeDriver browser, String name) throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(folder.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        producer.close();
        serializer.close();
    }
}
