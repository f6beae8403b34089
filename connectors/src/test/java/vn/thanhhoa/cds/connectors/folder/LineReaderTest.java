package vn.thanhhoa.cds.connectors.folder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lines as officers' exports have them: a byte-order mark, Windows line ends, a broken line, no last newline. */
class LineReaderTest {

    @TempDir
    Path directory;

    @Test
    void linesAreReadAsTheFileHasThem() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write("Xã Thọ Dân\r\n".getBytes(StandardCharsets.UTF_8));
        bytes.write("\n".getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[] {'a', (byte) 0xC3, '\n'}); // a UTF-8 sequence cut short
        bytes.write("x".repeat(70_000).getBytes(StandardCharsets.UTF_8)); // longer than a 64 KiB block, under the limit
        bytes.write('\n');
        bytes.write("y".repeat(200_001).getBytes(StandardCharsets.UTF_8)); // over the limit
        bytes.write('\n');
        bytes.write("cuối".getBytes(StandardCharsets.UTF_8)); // no newline at the end
        Path file = directory.resolve("export.jsonl");
        Files.write(file, bytes.toByteArray());

        List<Line> lines = readAll(file, 0);
        assertThat(lines).extracting(Line::number).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(lines.get(0).text()).isEqualTo("Xã Thọ Dân");
        assertThat(lines.get(1).text()).isEmpty();
        assertThat(lines.get(2).problem()).contains("not valid UTF-8");
        assertThat(lines.get(3).text()).hasSize(70_000).matches("x+");
        assertThat(lines.get(4).problem()).isEqualTo("line is 200001 bytes long, more than the limit of 200000");
        assertThat(lines.get(5).text()).isEqualTo("cuối");

        // Resumed after four lines, as a restarted task does from its stored offset.
        List<Line> resumed = readAll(file, 4);
        assertThat(resumed).extracting(Line::number).containsExactly(5L, 6L);
        assertThat(resumed.get(1).text()).isEqualTo("cuối");
    }

    @Test
    void onlyValidUtf8IsText() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("{\"GhiChu\":\"\uFFFD\"}\n".getBytes(StandardCharsets.UTF_8)); // U+FFFD typed on purpose: valid UTF-8
        bytes.write(new byte[] {'N', 'g', 'u', 'y', (byte) 0xEA, 'n', '\n'}); // Latin-1 "ê"
        bytes.write(new byte[] {'a', (byte) 0xC0, (byte) 0xAF, '\n'}); // an overlong "/"
        bytes.write(new byte[] {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'}); // a UTF-16 surrogate encoded as UTF-8
        bytes.write(new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80, '\n'}); // an emoji: four bytes, valid
        Path file = Files.write(directory.resolve("encodings.jsonl"), bytes.toByteArray());

        List<Line> lines = readAll(file, 0);
        assertThat(lines.get(0).text()).isEqualTo("{\"GhiChu\":\"\uFFFD\"}");
        assertThat(lines.subList(1, 4)).allSatisfy(line -> {
            assertThat(line.text()).isNull();
            assertThat(line.problem()).contains("not valid UTF-8");
        });
        assertThat(lines.get(4).text()).isEqualTo("\uD83D\uDE00");
    }

    @Test
    void anEmptyFileAndAFileEndingWithANewlineHaveNoExtraLine() throws IOException {
        Path empty = Files.write(directory.resolve("empty.jsonl"), new byte[0]);
        Path one = Files.writeString(directory.resolve("one.jsonl"), "{}\n");
        assertThat(readAll(empty, 0)).isEmpty();
        assertThat(readAll(one, 0)).extracting(Line::text).containsExactly("{}");
    }

    private static List<Line> readAll(Path file, long skip) throws IOException {
        List<Line> lines = new ArrayList<>();
        try (LineReader reader = new LineReader(file, skip, 200_000)) {
            for (Line line = reader.next(); line != null; line = reader.next()) {
                lines.add(line);
            }
            assertThat(reader.linesRead()).isEqualTo(skip + lines.size());
        }
        return lines;
    }
}
