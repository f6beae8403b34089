package vn.thanhhoa.cds.cli.replay;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import vn.thanhhoa.cds.adminunits.ReferenceData;
import vn.thanhhoa.cds.cli.demo.DemoSources;
import vn.thanhhoa.cds.simulators.scale.SimulationScale;

/**
 * The simulated year a speed benchmark feeds through the stack, and its feeds written by a JVM of
 * their own ({@link #main}), so that the stack's memory is measured without the simulators' (the
 * simulators keep their whole account of a province-year in memory while they write).
 */
final class SimulatedYear {

    private SimulatedYear() {
    }

    /** The scale {@code ./cds replay --scale name --year year} replays (up to the last complete month: no event in the future), cut to {@code months}. */
    static SimulationScale scale(String name, int year, int months) {
        SimulationScale replayed = ReplayOptions.parse(List.of("--scale", name, "--year", String.valueOf(year)), Clock.systemUTC()).scale();
        return new SimulationScale(replayed.name(), replayed.firstMonth(), Math.min(months, replayed.months()), replayed.dossiers(), replayed.people(),
                replayed.documents(), replayed.tasks());
    }

    /** Writes the feeds of {@code scale} under {@code dataDirectory} in a child JVM with {@code heap}, and waits for it. */
    static void writeFeedsApart(Path dataDirectory, String name, int year, int months, String heap) throws IOException, InterruptedException {
        Path log = dataDirectory.resolve("feeds.log");
        Files.createDirectories(dataDirectory);
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap,
                "-cp", System.getProperty("java.class.path"), SimulatedYear.class.getName(), dataDirectory.toString(), name,
                String.valueOf(year), String.valueOf(months))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true).redirectOutput(log.toFile())
                .start();
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException("Writing the simulated feeds in a JVM of their own exited with " + exit + "; see " + log);
        }
        System.out.println(Files.readAllLines(log).getLast());
    }

    /** Arguments: data directory, scale name, year, months. */
    public static void main(String[] args) {
        Path dataDirectory = Path.of(args[0]);
        SimulationScale scale = scale(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
        long started = System.nanoTime();
        new DemoSources(dataDirectory, ReferenceData.load(), scale).writeFeeds();
        System.out.printf("[benchmark] %s feeds written to %s in %.0f s, in a JVM of their own%n", scale.name(), dataDirectory,
                (System.nanoTime() - started) / 1e9);
    }
}
