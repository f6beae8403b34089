package vn.thanhhoa.cds.cli.replay.fault;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What a child process of the fault suite says about itself, as a small properties file it rewrites
 * every second (written beside and moved into place, so the parent never reads half a file). Carries
 * the child's process id, so the parent tells a restarted child's word from its killed predecessor's.
 */
public record ChildStatus(long pid, Map<String, String> values) {

    public ChildStatus {
        values = Map.copyOf(values);
    }

    public static ChildStatus ofThisProcess(Map<String, String> values) {
        return new ChildStatus(ProcessHandle.current().pid(), values);
    }

    public String value(String key) {
        return values.getOrDefault(key, "");
    }

    public long number(String key) {
        String value = values.get(key);
        return value == null || value.isEmpty() ? 0 : Long.parseLong(value);
    }

    public void writeTo(Path file) {
        Properties properties = new Properties();
        properties.putAll(new TreeMap<>(values));
        properties.put("pid", Long.toString(pid));
        Path next = file.resolveSibling(file.getFileName() + ".next");
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(next, StandardCharsets.UTF_8)) {
                properties.store(out, null);
            }
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("The status file " + file + " could not be written: " + e.getMessage(), e);
        }
    }

    /** The status in {@code file}, or empty when the child has not written one yet. */
    public static Optional<ChildStatus> readFrom(Path file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("The status file " + file + " could not be read: " + e.getMessage(), e);
        }
        Map<String, String> values = new TreeMap<>();
        properties.stringPropertyNames().forEach(name -> values.put(name, properties.getProperty(name)));
        long pid = Long.parseLong(values.remove("pid"));
        return Optional.of(new ChildStatus(pid, values));
    }
}
