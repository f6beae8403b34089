package vn.thanhhoa.cds.cli.replay.fault;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One part of the pipeline in a JVM of its own, started with this JVM's classpath, so that the fault
 * suite can kill it with SIGKILL and start it again on the same data. Each start (an incarnation)
 * logs to its own file. Its standard input is {@code /dev/null}: chDB reads the process's standard
 * input during an insert, and a pipe left open there would hang it.
 */
final class ChildJvm {

    private final String name;
    private final String mainClass;
    private final List<String> arguments;
    private final Map<String, String> environment;
    private final Path logDirectory;
    private final String heap;
    private Process process;
    private int incarnation;

    ChildJvm(String name, String mainClass, List<String> arguments, Map<String, String> environment, Path logDirectory, String heap) {
        this.name = name;
        this.mainClass = mainClass;
        this.arguments = List.copyOf(arguments);
        this.environment = Map.copyOf(environment);
        this.logDirectory = logDirectory;
        this.heap = heap;
    }

    String name() {
        return name;
    }

    synchronized void start() {
        incarnation++;
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(arguments);
        try {
            Files.createDirectories(logDirectory);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectErrorStream(true)
                    .redirectOutput(log().toFile());
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("The " + name + " process could not be started: " + e.getMessage(), e);
        }
    }

    /** The log of the running (or last) incarnation. */
    synchronized Path log() {
        return logDirectory.resolve(name + "-" + incarnation + ".log");
    }

    synchronized long pid() {
        return process.pid();
    }

    synchronized boolean alive() {
        return process != null && process.isAlive();
    }

    /** SIGKILL (what {@link Process#destroyForcibly} sends on Linux): no shutdown hook, no flush, no goodbye. */
    synchronized void kill() {
        process.destroyForcibly();
        await(Duration.ofSeconds(30));
    }

    /** SIGTERM, so the part closes what it runs (connectors commit their offsets, the engine its state); SIGKILL after {@code patience}. */
    synchronized void stop(Duration patience) {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!await(patience)) {
            process.destroyForcibly();
            await(Duration.ofSeconds(30));
        }
    }

    private boolean await(Duration duration) {
        try {
            return process.waitFor(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the " + name + " process to end", e);
        }
    }
}
