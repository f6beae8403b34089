package vn.thanhhoa.cds.cli.demo;

import java.nio.file.Path;
import java.util.List;
import vn.thanhhoa.cds.simulators.scale.SimulationScale;

/** The demo's command-line options, checked before anything starts. */
public record DemoOptions(Path dataDirectory, int dashboardPort, SimulationScale scale) {

    public static final int DEFAULT_PORT = 8080;

    public DemoOptions {
        if (dashboardPort < 0 || dashboardPort > 65535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535, was " + dashboardPort + ".");
        }
    }

    /** The demo's own feed. */
    public DemoOptions(Path dataDirectory, int dashboardPort) {
        this(dataDirectory, dashboardPort, SimulationScale.demo());
    }

    public static DemoOptions parse(List<String> args) {
        Path dataDirectory = Path.of("var", "demo");
        int port = DEFAULT_PORT;
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            switch (option) {
                case "--data-dir" -> dataDirectory = Path.of(value(args, ++i, option));
                case "--port" -> port = integer(value(args, ++i, option), option);
                default -> throw new IllegalArgumentException("Unknown option '" + option + "' for demo: use --data-dir DIR or --port N.");
            }
        }
        return new DemoOptions(dataDirectory.toAbsolutePath(), port);
    }

    static String value(List<String> args, int index, String option) {
        if (index >= args.size()) {
            throw new IllegalArgumentException("Option " + option + " needs a value.");
        }
        return args.get(index);
    }

    static int integer(String text, String option) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Option " + option + " needs a whole number, not '" + text + "'.");
        }
    }
}
