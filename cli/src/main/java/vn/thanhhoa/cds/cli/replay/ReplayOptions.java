package vn.thanhhoa.cds.cli.replay;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import vn.thanhhoa.cds.simulators.scale.SimulationScale;

/**
 * The replay's options: the scale and year of the simulated feed and where the stack keeps its
 * data. A year still running is replayed up to its last complete month, so that no simulated event
 * lies in the future of the engine's clock.
 */
public record ReplayOptions(SimulationScale scale, Path dataDirectory) {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    public static ReplayOptions parse(List<String> args, Clock clock) {
        String scale = "province";
        YearMonth current = YearMonth.from(LocalDate.now(clock.withZone(VIETNAM)));
        int year = current.getYear();
        Path dataDirectory = null;
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            switch (option) {
                case "--scale" -> scale = value(args, ++i, option);
                case "--year" -> year = year(value(args, ++i, option), current);
                case "--data-dir" -> dataDirectory = Path.of(value(args, ++i, option));
                default -> throw new IllegalArgumentException("Unknown option '" + option + "' for replay: use --scale demo|small|province, --year YYYY or --data-dir DIR.");
            }
        }
        SimulationScale chosen = SimulationScale.named(scale, year);
        if (!chosen.name().equals("demo") && year == current.getYear()) {
            int months = Math.min(chosen.months(), current.getMonthValue() - 1);
            if (months < 1) {
                throw new IllegalArgumentException("The year " + year + " has no complete month yet; replay an earlier year.");
            }
            chosen = new SimulationScale(chosen.name(), chosen.firstMonth(), months, chosen.dossiers(), chosen.people(), chosen.documents(), chosen.tasks());
        }
        if (dataDirectory == null) {
            dataDirectory = Path.of("var", "replay-" + chosen.name() + "-" + year);
        }
        return new ReplayOptions(chosen, dataDirectory.toAbsolutePath());
    }

    private static int year(String text, YearMonth current) {
        try {
            int year = Integer.parseInt(text);
            // The simulators write the 166 communes of the reform (1 July 2025), whose codes do not exist
            // before it: a whole simulated year starts in 2026.
            if (year < 2026 || year > current.getYear()) {
                throw new IllegalArgumentException("--year must be between 2026 (the first whole year of the new communes) and " + current.getYear() + ", was " + year + ".");
            }
            return year;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--year needs a year such as 2026, not '" + text + "'.");
        }
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size()) {
            throw new IllegalArgumentException("Option " + option + " needs a value.");
        }
        return args.get(index);
    }
}
