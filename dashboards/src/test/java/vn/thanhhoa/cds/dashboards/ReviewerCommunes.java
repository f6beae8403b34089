package vn.thanhhoa.cds.dashboards;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An independent count of the communes a former district's reviewer sees: read straight from the
 * conversion file's {@code old_district} column ("Thành phố Thanh Hóa (380)"), each new commune put
 * under the district most of its rows name (ties to the lowest code), without the module's code.
 */
final class ReviewerCommunes {

    private static final Pattern DISTRICT = Pattern.compile("\\((\\d+)\\)\\s*$");

    private ReviewerCommunes() {
    }

    static int count(String district) {
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                ReviewerCommunes.class.getResourceAsStream("/units/conversion-2025-07-01.csv"), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cells = line.split(",");
                // old_code, old_name, old_district, new_code, new_name, change: names hold no comma in this file.
                Matcher m = DISTRICT.matcher(cells[2]);
                if (m.find()) {
                    votes.computeIfAbsent(cells[3], k -> new HashMap<>()).merge(m.group(1), 1, Integer::sum);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (int) votes.values().stream().map(v -> v.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey()).filter(district::equals).count();
    }
}
