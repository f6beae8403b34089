package vn.thanhhoa.cds.dashboards.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportInboxTest {

    /** 03:04:05 UTC is 10:04:05 in Vietnam (UTC+7): the clock's own zone (UTC) must not leak into names. */
    private static final Instant RECEIVED = Instant.parse("2026-10-05T03:04:05Z");
    private static final String STAMP = "20261005-100405-";
    private static final long LIMIT = 64;

    @TempDir
    Path root;
    private Path bank;
    private Path telecom;
    private ReportInbox inbox;

    @BeforeEach
    void folders() throws IOException {
        bank = Files.createDirectory(root.resolve("bank"));
        telecom = Files.createDirectory(root.resolve("telecom"));
        Map<String, Path> folders = new LinkedHashMap<>();
        folders.put("BANK", bank);
        folders.put("TELECOM", telecom);
        inbox = new ReportInbox(folders, LIMIT, Clock.fixed(RECEIVED, ZoneOffset.UTC));
    }

    @Test
    void storesTheExactBytesUnderATimestampedNameInTheBodysFolder() throws Exception {
        byte[] csv = "ma_xa;so_tai_khoan\n16279;1520\n".getBytes(StandardCharsets.UTF_8);

        StoredReport stored = inbox.accept("TELECOM", "Báo cáo tháng 10.csv", csv);

        assertThat(stored).isEqualTo(new StoredReport("TELECOM", STAMP + "Báo cáo tháng 10.csv", csv.length, RECEIVED));
        assertThat(Files.readAllBytes(telecom.resolve(stored.storedName()))).isEqualTo(csv);
        assertThat(names(telecom)).containsExactly(stored.storedName());
        assertThat(names(bank)).isEmpty();
    }

    @Test
    void readsAStreamToItsEnd() throws Exception {
        byte[] csv = "ma_xa,gia_tri\n16279,3\n".getBytes(StandardCharsets.UTF_8);

        StoredReport stored = inbox.accept("BANK", "bank.csv", new ByteArrayInputStream(csv));

        assertThat(stored.bytes()).isEqualTo(csv.length);
        assertThat(Files.readAllBytes(bank.resolve(STAMP + "bank.csv"))).isEqualTo(csv);
    }

    @Test
    void keepsEveryUploadOfOneNameInOneSecondUnderItsOwnName() throws Exception {
        byte[] first = "a\n1\n".getBytes(StandardCharsets.UTF_8);
        byte[] second = "a\n2\n".getBytes(StandardCharsets.UTF_8);
        byte[] third = "a\n3\n".getBytes(StandardCharsets.UTF_8);

        String firstName = inbox.accept("BANK", "thang10.csv", first).storedName();
        String secondName = inbox.accept("BANK", "thang10.csv", second).storedName();
        String thirdName = inbox.accept("BANK", "thang10.csv", third).storedName();

        assertThat(List.of(firstName, secondName, thirdName))
                .containsExactly(STAMP + "thang10.csv", STAMP + "thang10-2.csv", STAMP + "thang10-3.csv");
        assertThat(Files.readAllBytes(bank.resolve(firstName))).isEqualTo(first);
        assertThat(Files.readAllBytes(bank.resolve(secondName))).isEqualTo(second);
        assertThat(Files.readAllBytes(bank.resolve(thirdName))).isEqualTo(third);
    }

    @Test
    void aNameWithAPathStaysInTheFolder() throws Exception {
        byte[] csv = "a\n".getBytes(StandardCharsets.UTF_8);

        String unix = inbox.accept("BANK", "../../etc/x.csv", csv).storedName();
        String windows = inbox.accept("BANK", "..\\..\\Windows\\y.csv", csv).storedName();
        String dots = inbox.accept("BANK", "..csv", csv).storedName();

        assertThat(List.of(unix, windows, dots)).containsExactly(STAMP + "x.csv", STAMP + "y.csv", STAMP + "bao-cao.csv");
        assertThat(names(bank)).containsExactlyInAnyOrder(unix, windows, dots);
        try (Stream<Path> everything = Files.walk(root)) {
            assertThat(everything.filter(Files::isRegularFile).map(Path::getParent)).containsOnly(bank);
        }
    }

    @Test
    void keepsVietnameseLettersAndReplacesWhatAFileSystemWouldNotTake() throws Exception {
        byte[] csv = "a\n".getBytes(StandardCharsets.UTF_8);
        String decomposed = Normalizer.normalize("Điện lực Thọ Xuân.csv", Normalizer.Form.NFD);

        String vietnamese = inbox.accept("BANK", decomposed, csv).storedName();
        String reserved = inbox.accept("BANK", "tháng:10*\"x\"?\t<1>|.csv", csv).storedName();

        assertThat(vietnamese).isEqualTo(STAMP + "Điện lực Thọ Xuân.csv");
        assertThat(reserved).isEqualTo(STAMP + "tháng_10__x____1__.csv");
    }

    @Test
    void storesAnUpperCaseExtensionInLowerCaseForTheConnectorsPattern() throws Exception {
        byte[] xlsx = {'P', 'K', 3, 4, 0, 0};

        String stored = inbox.accept("BANK", "BAOCAO.XLSX", xlsx).storedName();

        assertThat(stored).isEqualTo(STAMP + "BAOCAO.xlsx");
        assertThat(Files.readAllBytes(bank.resolve(stored))).isEqualTo(xlsx);
    }

    @Test
    void acceptsAFileOfExactlyTheLimit() throws Exception {
        byte[] csv = "x".repeat((int) LIMIT).getBytes(StandardCharsets.UTF_8);

        assertThat(inbox.accept("BANK", "full.csv", csv).bytes()).isEqualTo(LIMIT);
    }

    @Test
    void refusesAnUnknownBody() {
        assertRefused(() -> inbox.accept("WATER", "x.csv", bytes("a\n")), "WATER", "BANK, TELECOM");
    }

    @Test
    void refusesAMissingBody() {
        assertRefused(() -> inbox.accept(" ", "x.csv", bytes("a\n")), "Chưa chọn đơn vị");
    }

    @Test
    void refusesAnEmptyFile() {
        assertRefused(() -> inbox.accept("BANK", "trống.csv", new byte[0]), "“trống.csv”", "rỗng");
    }

    @Test
    void refusesAFileOverTheLimit() {
        byte[] csv = "x".repeat((int) LIMIT + 1).getBytes(StandardCharsets.UTF_8);

        assertRefused(() -> inbox.accept("BANK", "big.csv", csv), "vượt quá dung lượng", LIMIT + " byte");
    }

    @Test
    void refusesAnEndlessStreamWithoutReadingItAll() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };

        assertRefused(() -> inbox.accept("BANK", "endless.csv", endless), "vượt quá dung lượng");
    }

    @Test
    void refusesOtherExtensions() {
        assertRefused(() -> inbox.accept("BANK", "baocao.xls", bytes("a")), "“baocao.xls”", ".csv hoặc .xlsx");
        assertRefused(() -> inbox.accept("BANK", "baocao.pdf", bytes("a")), "“baocao.pdf”", ".csv hoặc .xlsx");
        assertRefused(() -> inbox.accept("BANK", "baocao.csv.exe", bytes("a")), "“baocao.csv.exe”", ".csv hoặc .xlsx");
        assertRefused(() -> inbox.accept("BANK", "csv", bytes("a")), "“csv”", ".csv hoặc .xlsx");
    }

    @Test
    void refusesAnXlsxThatIsNotAZipArchive() {
        assertRefused(() -> inbox.accept("BANK", "cũ.xlsx", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}),
                "“cũ.xlsx”", "Excel .xlsx hợp lệ");
        assertRefused(() -> inbox.accept("BANK", "một.xlsx", bytes("P")), "“một.xlsx”", "Excel .xlsx hợp lệ");
    }

    @Test
    void refusesACsvThatIsNotUtf8() {
        byte[] windowsLatin = "Thành phố Thanh Hóa\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] d = "Đ".getBytes(StandardCharsets.UTF_8);
        byte[] cutInTheMiddleOfALetter = {'a', '\n', d[0]};

        assertRefused(() -> inbox.accept("BANK", "latin.csv", windowsLatin), "“latin.csv”", "UTF-8");
        assertRefused(() -> inbox.accept("BANK", "cut.csv", cutInTheMiddleOfALetter), "“cut.csv”", "UTF-8");
    }

    @Test
    void acceptsAUtf8CsvWithAByteOrderMark() throws Exception {
        byte[] excelUtf8 = "\uFEFFXã Đông Sơn\n".getBytes(StandardCharsets.UTF_8);

        assertThat(inbox.accept("BANK", "bom.csv", excelUtf8).bytes()).isEqualTo(excelUtf8.length);
    }

    @Test
    void listsItsBodiesInTheOrderGiven() {
        assertThat(inbox.bodies()).containsExactly("BANK", "TELECOM");
        assertThat(inbox.maxBytes()).isEqualTo(LIMIT);
    }

    /** A refusal names its problem and leaves nothing behind, not even the partial upload. */
    private void assertRefused(ThrowingCallable upload, String... mentions) {
        assertThatThrownBy(upload).isInstanceOf(UploadRefused.class).message().contains(mentions);
        assertThat(names(bank)).isEmpty();
        assertThat(names(telecom)).isEmpty();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> names(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
