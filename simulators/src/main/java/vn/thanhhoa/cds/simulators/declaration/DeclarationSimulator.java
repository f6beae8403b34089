package vn.thanhhoa.cds.simulators.declaration;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Writes commune declarations for the 2026 qualitative indicators as JSON Lines, deterministic from
 * a seed. Faults: a "yes" without evidence, a commune code of no unit, an indicator code that is no
 * code, a year outside the set.
 */
public final class DeclarationSimulator {

    public static final String NO_EVIDENCE = "yes without evidence";
    public static final String UNKNOWN_COMMUNE = "unknown commune";
    public static final String BAD_CODE = "bad indicator code";
    public static final String WRONG_YEAR = "year outside the set";

    /** 2026 items declared rather than measured (seed 004): plans, public Wi-Fi, etc. */
    private static final String[] CODES = {"1", "3", "4", "5", "6", "25a", "25b", "25c", "25d"};

    private final long seed;
    private final List<String> communes;

    public DeclarationSimulator(long seed, List<String> communes) {
        this.seed = seed;
        this.communes = List.copyOf(communes);
    }

    /** Writes one file; returns accepted declarations keyed commune|set|code|year → met, and rejected lines by fault. */
    public Result writeTo(Path file) {
        Random random = new Random(seed);
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        Map<String, Boolean> accepted = new TreeMap<>();
        Map<String, Integer> faults = new TreeMap<>(Map.of(NO_EVIDENCE, 0, UNKNOWN_COMMUNE, 0, BAD_CODE, 0, WRONG_YEAR, 0));
        for (String commune : communes) {
            for (String code : CODES) {
                boolean met = random.nextInt(100) < 70;
                ObjectNode line = json.createObjectNode();
                line.put("maXa", commune).put("boChiTieu", "2026").put("maChiTieu", code).put("nam", 2026).put("dat", met);
                line.putArray("minhChung").addObject().put("ten", "Kế hoạch chuyển đổi số năm 2026").put("thamChieu", (10 + random.nextInt(90)) + "/KH-UBND");
                line.put("nguoiKeKhai", "canbo." + commune).put("thoiGian", "2026-0" + (1 + random.nextInt(9)) + "-15T09:00:00+07:00");
                int fault = random.nextInt(25);
                if (fault == 0 && met) {
                    line.putArray("minhChung");
                    faults.merge(NO_EVIDENCE, 1, Integer::sum);
                } else if (fault == 1) {
                    line.put("maXa", "99999");
                    faults.merge(UNKNOWN_COMMUNE, 1, Integer::sum);
                } else if (fault == 2) {
                    line.put("maChiTieu", "chỉ tiêu " + code);
                    faults.merge(BAD_CODE, 1, Integer::sum);
                } else if (fault == 3) {
                    line.put("nam", 2025);
                    faults.merge(WRONG_YEAR, 1, Integer::sum);
                } else {
                    accepted.put(commune + "|2026|" + code + "|2026", met);
                }
                lines.add(line.toString());
            }
        }
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(accepted, faults);
    }

    public record Result(Map<String, Boolean> accepted, Map<String, Integer> rejectedLinesByFault) {
        public int rejectedLines() {
            return rejectedLinesByFault.values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}
