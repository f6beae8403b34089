package vn.thanhhoa.cds.cli.replay.fault;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import vn.thanhhoa.cds.cli.replay.ReplayOptions;

/**
 * The fault suite's options: a replay's (scale, year, data folder; the small scale by default), how
 * many rounds of faults (each round injects every kind once, in a shuffled order), the seed of the
 * random order and pauses, and how long an injected ClickHouse outage lasts.
 */
record FaultOptions(ReplayOptions replay, int rounds, long seed, Duration outage) {

    FaultOptions {
        if (rounds < 1) {
            throw new IllegalArgumentException("--rounds must be at least 1, was " + rounds + ".");
        }
        if (outage.isNegative() || outage.isZero()) {
            throw new IllegalArgumentException("--outage-seconds must be at least 1, was " + outage.toSeconds() + ".");
        }
    }

    static FaultOptions parse(List<String> args, Clock clock, long randomSeed) {
        List<String> replay = new ArrayList<>();
        int rounds = 3;
        long seed = randomSeed;
        long outageSeconds = 60;
        boolean scaleGiven = false;
        boolean dataDirGiven = false;
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            switch (option) {
                case "--rounds" -> rounds = (int) number(args, ++i, option);
                case "--seed" -> seed = number(args, ++i, option);
                case "--outage-seconds" -> outageSeconds = number(args, ++i, option);
                case "--scale", "--year", "--data-dir" -> {
                    scaleGiven |= option.equals("--scale");
                    dataDirGiven |= option.equals("--data-dir");
                    replay.add(option);
                    replay.add(value(args, ++i, option));
                }
                default -> throw new IllegalArgumentException("Unknown option '" + option
                        + "' for faults: use --scale small|demo|province, --rounds N, --seed S, --outage-seconds N, --year YYYY or --data-dir DIR.");
            }
        }
        if (!scaleGiven) {
            replay.addAll(List.of("--scale", "small"));
        }
        if (!dataDirGiven) {
            replay.addAll(List.of("--data-dir", "var/faults"));
        }
        return new FaultOptions(ReplayOptions.parse(replay, clock), rounds, seed, Duration.ofSeconds(outageSeconds));
    }

    private static long number(List<String> args, int index, String option) {
        String text = value(args, index, option);
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Option " + option + " needs a whole number, not '" + text + "'.");
        }
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size()) {
            throw new IllegalArgumentException("Option " + option + " needs a value.");
        }
        return args.get(index);
    }
}
