package vn.thanhhoa.cds.runtime.registry;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thanhhoa.cds.runtime.network.Ports;
import vn.thanhhoa.cds.runtime.network.StackStartException;

/**
 * Apicurio Registry as a child process: the runnable Quarkus app the build unpacked from
 * {@code io.apicurio:apicurio-registry-app:zip:all}, bound to 127.0.0.1. Its storage is an H2
 * database file in its own directory, so schema ids survive a restart (records already in Kafka
 * carry those ids). A watchdog shell stops it when this JVM dies, even by SIGKILL.
 */
public final class SchemaRegistryProcess implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaRegistryProcess.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    private final Process watchdog;
    private final int port;
    private final Path directory;

    private SchemaRegistryProcess(Process watchdog, int port, Path directory) {
        this.watchdog = watchdog;
        this.port = port;
        this.directory = directory;
    }

    /** Starts the registry with its storage and log in {@code directory}; {@code port} 0 picks a free one. */
    public static SchemaRegistryProcess start(Path directory, int port) {
        int httpPort = Ports.claim(port, "registry.port");
        Path home = registryHome();
        Path runner = home.resolve("apicurio-registry-app-" + version() + "-runner.jar");
        if (!Files.isReadable(runner)) {
            throw new StackStartException("The schema registry app is not at " + runner
                    + ": build the project once (./mvnw -q install -DskipTests) so that Maven unpacks io.apicurio:apicurio-registry-app:" + version() + ":zip:all.");
        }
        Path dir = directory.toAbsolutePath();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StackStartException("The schema registry directory " + dir + " cannot be created: " + e.getMessage(), e);
        }
        if (!Files.isWritable(dir)) {
            throw new StackStartException("The schema registry directory " + dir + " is not writable by this user.");
        }
        List<String> command = new ArrayList<>(List.of(
                javaExecutable(), "-Xmx256m",
                "-Dquarkus.http.host=" + Ports.LOOPBACK,
                "-Dquarkus.http.port=" + httpPort,
                "-Dvertx.cacheDirBase=" + dir.resolve("vertx-cache"),
                // The app's H2 storage defaults to an in-memory database; a file keeps schema ids.
                "-Dquarkus.datasource.jdbc.url=jdbc:h2:file:" + dir.resolve("registry-db"),
                "-Dquarkus.datasource.jdbc.min-size=1",
                "-Dquarkus.datasource.jdbc.initial-size=1",
                "-Dquarkus.datasource.jdbc.max-size=8",
                "-jar", runner.toString()));
        long started = System.nanoTime();
        Process watchdog;
        try {
            watchdog = new ProcessBuilder(watchdogCommand(command))
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("registry.log").toFile())
                    .start();
        } catch (IOException e) {
            throw new StackStartException("The schema registry process could not be started: " + e.getMessage(), e);
        }
        SchemaRegistryProcess registry = new SchemaRegistryProcess(watchdog, httpPort, dir);
        try {
            registry.awaitReady();
        } catch (RuntimeException e) {
            registry.close();
            throw e;
        }
        LOG.info("Schema registry ready at {} in {} ms (log {})", registry.url(), (System.nanoTime() - started) / 1_000_000, dir.resolve("registry.log"));
        return registry;
    }

    /**
     * Runs the registry under a shell that kills it when this JVM is gone or when the shell itself
     * is told to stop, so no registry outlives the stack.
     */
    private static List<String> watchdogCommand(List<String> registryCommand) {
        StringBuilder quoted = new StringBuilder();
        for (String part : registryCommand) {
            quoted.append('\'').append(part.replace("'", "'\\''")).append("' ");
        }
        long parent = ProcessHandle.current().pid();
        String script = quoted + "& child=$!\n"
                + "trap 'kill -TERM $child 2>/dev/null; wait $child; exit 0' TERM INT HUP\n"
                + "while kill -0 " + parent + " 2>/dev/null && kill -0 $child 2>/dev/null; do sleep 1 & wait $!; done\n"
                + "kill -TERM $child 2>/dev/null; wait $child\n";
        return List.of("/bin/bash", "-c", script);
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url() + "/health/ready")).timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!watchdog.isAlive()) {
                throw new StackStartException("The schema registry exited during start-up; see " + directory.resolve("registry.log") + ".");
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StackStartException("Interrupted while waiting for the schema registry.", e);
            }
            sleep(200);
        }
        throw new StackStartException("The schema registry was not ready within " + READY_TIMEOUT.toSeconds() + " s; see " + directory.resolve("registry.log") + ".");
    }

    /** Base URL, e.g. {@code http://127.0.0.1:8081}. */
    public String url() {
        return "http://" + Ports.LOOPBACK + ":" + port;
    }

    /** The registry's native API, which the Apicurio serdes and converter use. */
    public String apiUrl() {
        return url() + "/apis/registry/v2";
    }

    /** The Confluent-compatible API, for readers that speak Confluent's protocol (ClickHouse's AvroConfluent). */
    public String confluentCompatibleUrl() {
        return url() + "/apis/ccompat/v7";
    }

    public int port() {
        return port;
    }

    /**
     * Process ids of the watchdog and the registry under it, to prove they are gone after {@link #close()}.
     * The watchdog's one-second {@code sleep} is left out: it comes and goes every second, so its id may
     * already be dead when a caller looks at it.
     */
    public List<Long> processIds() {
        List<Long> pids = new ArrayList<>();
        pids.add(watchdog.pid());
        watchdog.descendants()
                .filter(handle -> handle.info().command().filter(command -> !command.endsWith("/sleep")).isPresent())
                .forEach(handle -> pids.add(handle.pid()));
        return pids;
    }

    @Override
    public void close() {
        List<ProcessHandle> tree = new ArrayList<>(watchdog.descendants().toList());
        watchdog.destroy();
        tree.forEach(ProcessHandle::destroy);
        try {
            if (!watchdog.waitFor(20, TimeUnit.SECONDS)) {
                watchdog.destroyForcibly();
            }
            for (ProcessHandle handle : tree) {
                handle.onExit().get(20, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            tree.forEach(ProcessHandle::destroyForcibly);
        }
        LOG.info("Schema registry at {} stopped", url());
    }

    private static Path registryHome() {
        String configured = System.getProperty("cds.registry.home");
        return configured != null ? Path.of(configured) : Path.of(buildProperties().getProperty("registry.home"));
    }

    private static String version() {
        return buildProperties().getProperty("registry.version");
    }

    private static Properties buildProperties() {
        try (InputStream in = SchemaRegistryProcess.class.getResourceAsStream("registry.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException | NullPointerException e) {
            throw new StackStartException("registry.properties is missing from the runtime module: was it built with Maven?", e);
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackStartException("Interrupted while waiting for the schema registry.", e);
        }
    }
}
