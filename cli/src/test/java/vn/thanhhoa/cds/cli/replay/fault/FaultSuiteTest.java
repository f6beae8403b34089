package vn.thanhhoa.cds.cli.replay.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fault suite (issue 18): the small feed through the pipeline with each part in its own process,
 * every kind of fault injected (one round in the default run; five with {@code -Dfaults.full=true}),
 * and afterwards the replay's check finding nothing lost or doubled.
 */
class FaultSuiteTest {

    @TempDir
    Path dataDirectory;

    @Test
    void everyFaultIsSurvivedAndTheCheckFindsNoDifference() {
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
        assertThat(printed).containsPattern("Check against the simulator's account \\(2026 item 9, year to date, 166 communes and the province\\): 0 difference\\(s\\)");
        assertThat(exit).as(printed).isZero();
    }
}
