package vn.thanhhoa.cds.connectors.testbed;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Looks for raw identity numbers in stored records and files, in every form they can be written:
 * the text is cut into runs of letters and digits joined by spaces, dots, dashes, slashes or
 * underscores, each run is compacted (separators out, upper case), and every identifier (compacted
 * the same way) is looked for inside it. "038 080 001 234", "038-080-001-234" and "038080001234"
 * are therefore one finding, and so is a number split across a field boundary by a separator.
 */
public final class RawIdentifiers {

    private static final Pattern RUN = Pattern.compile("[\\p{L}\\p{N}]+(?:[ .\\-/_]+[\\p{L}\\p{N}]+)*");
    private static final Pattern SEPARATORS = Pattern.compile("[ .\\-/_]+");

    private final Set<String> compacted = new HashSet<>();
    private final Set<Integer> lengths = new TreeSet<>();

    public RawIdentifiers(Collection<String> identifiers) {
        for (String identifier : identifiers) {
            String compact = compact(identifier);
            if (compact.length() < 7) {
                throw new IllegalArgumentException("'" + identifier + "' is too short to be looked for without false findings");
            }
            compacted.add(compact);
            lengths.add(compact.length());
        }
    }

    /** The identifiers found, with the topic and offset where each was found; empty when clean. */
    @SafeVarargs
    public static List<String> foundIn(Collection<String> identifiers, List<ConsumerRecord<byte[], byte[]>>... topics) {
        RawIdentifiers scan = new RawIdentifiers(identifiers);
        List<String> found = new ArrayList<>();
        for (List<ConsumerRecord<byte[], byte[]>> records : topics) {
            for (ConsumerRecord<byte[], byte[]> record : records) {
                scan.in(text(record.key()) + "\u0000" + text(record.value()))
                        .forEach(id -> found.add(id + " in " + record.topic() + "@" + record.offset()));
            }
        }
        return found;
    }

    /** The identifiers found in the files under {@code folder} whose names end with {@code suffix}. */
    public List<String> inFiles(Path folder, String suffix) {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(suffix)).toList()) {
                // Leniently: a quarantined file may be in any encoding, or no text at all.
                in(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).forEach(id -> found.add(id + " in " + file));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return found;
    }

    /** The compacted identifiers that occur in {@code text}. */
    public Set<String> in(String text) {
        Set<String> found = new TreeSet<>();
        Matcher run = RUN.matcher(text);
        while (run.find()) {
            String compact = compact(run.group());
            for (int length : lengths) {
                for (int start = 0; start + length <= compact.length(); start++) {
                    String candidate = compact.substring(start, start + length);
                    if (compacted.contains(candidate)) {
                        found.add(candidate);
                    }
                }
            }
        }
        return found;
    }

    static String compact(String text) {
        return SEPARATORS.matcher(text).replaceAll("").toUpperCase(Locale.ROOT);
    }

    private static String text(byte[] bytes) {
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }
}
