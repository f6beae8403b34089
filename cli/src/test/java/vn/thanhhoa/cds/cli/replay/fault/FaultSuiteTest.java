package vn.thanhhoa.cds.cli.replay.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fault suite (issue 18): the small feed through the pipeline with each part in its own process,
 * every kind of fault injected (one round in the default run; five with {@code -Dfaults.full=true}),
 * and afterwards the replay's check finding nothing lost or doubled.
 */
class FaultSuiteTest {

    /** Under target/, not a temporary folder: the children's logs (faults/) must outlive a red run. */
    private final Path dataDirectory = Path.of("target", "fault-suite").toAbsolutePath();

    @Test
    void everyFaultIsSurvivedAndTheCheckFindsNoDifference() throws IOException {
        if (Files.exists(dataDirectory)) {
            try (Stream<Path> paths = Files.walk(dataDirectory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        int rounds = Boolean.getBoolean("faults.full") ? 5 : 1;
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        // Printed as it happens too: a run of several minutes should show where it is.
        PrintStream both = new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                output.write(b);
                System.out.write(b);
            }

            @Override
            public void flush() {
                System.out.flush();
            }
        }, true, StandardCharsets.UTF_8);
        int exit = new FaultCommand().run(List.of("--scale", "small", "--year", "2026", "--rounds", Integer.toString(rounds), "--seed", "18",
                "--data-dir", dataDirectory.toString()), both);
        String printed = output.toString(StandardCharsets.UTF_8);

        for (FaultKind kind : FaultKind.values()) {
            assertThat(printed).as(kind.name()).containsPattern("  " + kind + " +" + rounds + " injected, " + rounds + " survived");
        }
        assertThat(printed).containsPattern("Check against the simulators' accounts \\(167 units × \\d+ indicators, [\\d,]+ values \\(unit × indicator × window\\)\\): 0 difference\\(s\\)");
        assertThat(exit).as(printed).isZero();
    }
}
