package vn.thanhhoa.cds.cli.replay.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fault suite's options and its plan of faults, without starting anything. */
class FaultOptionsTest {

    private static final Clock DECEMBER_2026 = Clock.fixed(Instant.parse("2026-12-10T03:00:00Z"), ZoneOffset.UTC);

    @Test
    void withoutOptionsTheSuiteRunsThreeRoundsOfTheSmallFeedWithOneMinuteOutages() {
        FaultOptions options = FaultOptions.parse(List.of(), DECEMBER_2026, 42);

        assertThat(options.replay().scale().name()).isEqualTo("small");
        assertThat(options.replay().dataDirectory().toString()).endsWith("var/faults");
        assertThat(options.rounds()).isEqualTo(3);
        assertThat(options.seed()).isEqualTo(42);
        assertThat(options.outage()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void optionsAreTakenAndMistakesAreOneSentenceNamingTheOption() {
        FaultOptions options = FaultOptions.parse(List.of("--rounds", "5", "--seed", "18", "--outage-seconds", "20", "--data-dir", "/tmp/x"),
                DECEMBER_2026, 1);
        assertThat(options.rounds()).isEqualTo(5);
        assertThat(options.seed()).isEqualTo(18);
        assertThat(options.outage()).isEqualTo(Duration.ofSeconds(20));
        assertThat(options.replay().dataDirectory().toString()).isEqualTo("/tmp/x");

        assertThatThrownBy(() -> FaultOptions.parse(List.of("--rounds", "0"), DECEMBER_2026, 1)).hasMessage("--rounds must be at least 1, was 0.");
        assertThatThrownBy(() -> FaultOptions.parse(List.of("--seed", "abc"), DECEMBER_2026, 1))
                .hasMessage("Option --seed needs a whole number, not 'abc'.");
        assertThatThrownBy(() -> FaultOptions.parse(List.of("--kill", "all"), DECEMBER_2026, 1)).hasMessageStartingWith("Unknown option '--kill' for faults");
    }

    @Test
    void eachRoundInjectsEveryKindOnceAndTheSameSeedGivesTheSameOrder() {
        List<FaultKind> plan = FaultCommand.plan(4, new Random(18));

        assertThat(plan).hasSize(4 * FaultKind.values().length);
        for (int round = 0; round < 4; round++) {
            assertThat(EnumSet.copyOf(plan.subList(round * 6, round * 6 + 6))).isEqualTo(EnumSet.allOf(FaultKind.class));
        }
        assertThat(FaultCommand.plan(4, new Random(18))).isEqualTo(plan);
        assertThat(FaultCommand.plan(4, new Random(19))).isNotEqualTo(plan);
    }
}
