package vn.thanhhoa.cds.cli.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The replay's reduced form, run with the tests: three months of 2026 at the small scale through the
 * whole embedded pipeline, a summary, and the check against the simulators' accounts (every 2026
 * indicator they feed, every commune, the province and every window) finding nothing to report (the check itself is tested in {@link ReplayVerifierTest}).
 */
class ReplayCommandTest {

    @TempDir
    Path dataDirectory;

    @Test
    void aSmallYearReplaysWithoutADifference() {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exit = new ReplayCommand().run(List.of("--scale", "small", "--year", "2026", "--data-dir", dataDirectory.toString()),
                new PrintStream(output, true, StandardCharsets.UTF_8));
        String printed = output.toString(StandardCharsets.UTF_8);
        System.out.print(printed);

        assertThat(printed).contains("Replaying the small feed: 3 month(s) from 2026-01")
                .containsPattern("Replay done in \\d+:\\d\\d: [\\d,]+ export lines")
                .contains("raw.tthc.dossier")
                .containsPattern("Check against the simulators' accounts, as of \\d\\d/\\d\\d/2026 \\(set 2026, year 2026\\): 167 units × 27 indicators, "
                        + "[\\d,]+ values compared \\(unit × indicator × window; [\\d,]+ of them rows in ClickHouse\\): 0 difference\\(s\\)")
                .contains("Not checked (8)", "item 29 (month, quarter, trailing 30 days)");
        assertThat(exit).as(printed).isZero();
    }
}
