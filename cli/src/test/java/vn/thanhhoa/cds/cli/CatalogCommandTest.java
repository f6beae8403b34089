package vn.thanhhoa.cds.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void theShippedReferenceDataValidatesWithItsKnownWarningsOnly() {
        int status = new Cds().run(List.of("catalog", "validate"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(status).as(printed + err).isZero();
        assertThat(printed).doesNotContain(": error:");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("indicator catalog: 0 errors").contains("administrative units and statistics: 0 errors");
        // Seed 000 prints 0% as the 2025 target of 3.4: kept, and warned about (DESIGN.md section 2).
        assertThat(printed).contains("indicators-2023-2025.yaml").contains("indicator 3.4 target 2025: falling target");
        // The spelling differences between the two official lists, kept as printed (admin-units README).
        assertThat(printed.lines().filter(line -> line.contains(": warning:"))).allMatch(line -> line.matches("\\S+:\\d+: warning: .+"));
    }

    @Test
    void targetsOf2024ListEveryIndicatorOfTheSet() {
        int status = new Cds().run(List.of("catalog", "targets", "--set", "2023-2025", "--year", "2024", "--format", "csv"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        List<String> lines = out.toString(StandardCharsets.UTF_8).strip().lines().toList();
        assertThat(status).isZero();
        assertThat(lines.getFirst()).isEqualTo("set,code,pillar,unit,year,operator,target");
        assertThat(lines).hasSize(1 + 37);
    }

    @Test
    void anUnknownSubcommandIsAUsageError() {
        int status = new Cds().run(List.of("catalog", "publish"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).strip().lines().toList()).hasSize(1);
    }
}
