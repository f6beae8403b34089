package vn.thanhhoa.cds.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Configuration mistakes a person can make, each answered by one readable sentence and a non-zero exit. */
class CdsCommandTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void anOccupiedDashboardPortIsNamed() throws Exception {
        try (ServerSocket occupied = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int status = run("demo", "--data-dir", temp.resolve("data").toString(), "--port", String.valueOf(occupied.getLocalPort()));

            assertThat(status).isEqualTo(1);
            assertThat(oneSentence()).isEqualTo("Port " + occupied.getLocalPort()
                    + " (--port) is already in use on 127.0.0.1: stop the program using it, or choose another port (0 picks a free one).");
        }
    }

    @Test
    void aDataDirectoryThatCannotBeUsedIsNamed() throws Exception {
        Path notADirectory = Files.writeString(temp.resolve("a-file"), "not a directory");

        int status = run("demo", "--data-dir", notADirectory.toString(), "--port", "0");

        assertThat(status).isEqualTo(1);
        assertThat(oneSentence()).startsWith("The stack data directory " + notADirectory + " cannot be created");
    }

    @Test
    void anUnknownOptionIsNamed() {
        int status = run("demo", "--prot", "8080");

        assertThat(status).isEqualTo(1);
        assertThat(oneSentence()).isEqualTo("Unknown option '--prot' for demo: use --data-dir DIR or --port N.");
    }

    @Test
    void aPortThatIsNotANumberIsNamed() {
        int status = run("demo", "--port", "tám nghìn");

        assertThat(status).isEqualTo(1);
        assertThat(oneSentence()).isEqualTo("Option --port needs a whole number, not 'tám nghìn'.");
    }

    @Test
    void anUnknownCommandIsNamed() {
        assertThat(run("dashboard")).isEqualTo(2);
        assertThat(oneSentence()).isEqualTo("Unknown command 'dashboard': run ./cds help for the list.");
    }

    private int run(String... args) {
        return new Cds().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** The error output, asserted to be a single line with no stack trace. */
    private String oneSentence() {
        List<String> lines = err.toString(StandardCharsets.UTF_8).strip().lines().toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.getFirst()).doesNotContain("Exception").doesNotContain("\tat ");
        return lines.getFirst();
    }
}
