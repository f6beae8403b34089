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
        assertThat(status).as(printed).isZero();
        assertThat(printed).doesNotContain(": error:").contains("0 errors");
        // The spelling differences between the two official lists, kept as printed (admin-units README).
        assertThat(printed.lines().filter(line -> line.contains(": warning:"))).allMatch(line -> line.matches("\\S+:\\d+: warning: .+"));
    }

    @Test
    void anUnknownSubcommandIsAUsageError() {
        int status = new Cds().run(List.of("catalog", "publish"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).strip()).isEqualTo("Usage: ./cds catalog validate");
    }
}
