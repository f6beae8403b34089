package vn.thanhhoa.cds.dashboards.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.catalog.declaration.DeclarableIndicators;
import vn.thanhhoa.cds.catalog.load.CatalogLoader;

/** The desk on real folders: what the connector's check refuses leaves no document and no line; the same document twice is kept once. */
class DeclarationDeskTest {

    @TempDir
    Path directory;

    private DeclarationDesk desk(DeclarationCheck check) throws Exception {
        return new DeclarationDesk(new DeclarationForm(new DeclarableIndicators(CatalogLoader.builtIn())), new EvidenceStore(directory.resolve("minh-chung"), 4096),
                new DeclarationInbox(Files.createDirectories(directory.resolve("in")), check),
                Clock.fixed(Instant.parse("2026-11-25T03:04:05.678Z"), ZoneOffset.UTC));
    }

    private static DeclarationDesk.Submission wifi(byte[] pdf) {
        return new DeclarationDesk.Submission("14758", "2023-2025", "4.5", "2025", null, "co", null, null, Map.of(),
                List.of(new DeclarationDesk.Document("bien-ban.pdf", "Biên bản", () -> new ByteArrayInputStream(pdf))));
    }

    @Test
    void aLineTheConnectorWouldRefuseLeavesNoDocumentAndNoLineAndSaysWhy() throws Exception {
        DeclarationDesk desk = desk(line -> Optional.of("hệ thống tiếp nhận khai báo không chấp nhận trường “mã xã”."));

        assertThatThrownBy(() -> desk.accept(wifi(DeclarationApiTest.PDF), "canboxa"))
                .isInstanceOf(DeclarationRefused.class).hasMessage("Khai báo không được nhận: hệ thống tiếp nhận khai báo không chấp nhận trường “mã xã”.");
        try (var files = Files.walk(directory)) {
            assertThat(files.filter(Files::isRegularFile).toList()).isEmpty();
        }
    }

    @Test
    void theSameDocumentTwiceIsKeptOnceAndEachDeclarationIsItsOwnFile() throws Exception {
        DeclarationDesk desk = desk(DeclarationCheck.NONE);
        var first = desk.accept(wifi(DeclarationApiTest.PDF), "canboxa");
        var second = desk.accept(wifi(DeclarationApiTest.PDF), "canboxa");

        assertThat(first.storedName()).isNotEqualTo(second.storedName()).startsWith("20261125-100405-14758-").endsWith(".jsonl");
        String reference = "14758/2025/sha256-" + DeclarationApiTest.sha256(DeclarationApiTest.PDF) + ".pdf";
        assertThat(first.declaration().evidence().getFirst().reference()).isEqualTo(reference);
        try (var files = Files.walk(directory.resolve("minh-chung"))) {
            assertThat(files.filter(Files::isRegularFile).map(p -> directory.resolve("minh-chung").relativize(p).toString()).toList()).containsExactly(reference);
        }
        try (var files = Files.list(directory.resolve("in"))) {
            assertThat(files.toList()).hasSize(2);
        }
        assertThat(first.declaration().line()).contains("\"thoiGian\":\"2026-11-25T10:04:05.678+07:00\"", "\"dat\":true", "\"nguoiKeKhai\":\"canboxa\"");
    }

    @Test
    void numbersAreReadTheVietnameseWay() throws Exception {
        assertThat(DeclarationDesk.number("1.250", "x")).isEqualTo(1250.0);
        assertThat(DeclarationDesk.number("1.234,5", "x")).isEqualTo(1234.5);
        assertThat(DeclarationDesk.number("12,5", "x")).isEqualTo(12.5);
        assertThat(DeclarationDesk.number("12.5", "x")).isEqualTo(12.5);
        assertThatThrownBy(() -> DeclarationDesk.number("1,2,3", "Số liệu")).hasMessage("Số liệu “1,2,3” không phải là một số.");
    }
}
