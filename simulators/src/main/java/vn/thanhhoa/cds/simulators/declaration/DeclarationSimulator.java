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
 * Writes commune declarations as JSON Lines, deterministic from a seed: for each commune, every
 * indicator the seed documents leave to the commune's own count or statement, for 2025 (2023–2025
 * set) and 2026. The list below is typed from the seeds, not derived from the catalog code, so that
 * the connector's catalog check is tested against an independent reading.
 * Faults: a "yes" without evidence, a commune code of no unit, an indicator code that is no code, a
 * year outside the set, and an indicator a system measures (2026 item 9, online dossiers) declared.
 */
public final class DeclarationSimulator {

    public static final String NO_EVIDENCE = "yes without evidence";
    public static final String UNKNOWN_COMMUNE = "unknown commune";
    public static final String BAD_CODE = "bad indicator code";
    public static final String WRONG_YEAR = "year outside the set";
    public static final String MEASURED_BY_SYSTEM = "indicator measured by a system";

    private enum Form { YES_NO, COUNT, MONTHLY_COUNT, COUNT_OF_DECLARED_WHOLE, WHOLE_ONLY, WEB_SCORE }

    private record Item(String set, int year, String code, Form form) {
    }

    private static final List<Item> ITEMS = items();

    private static List<Item> items() {
        List<Item> items = new ArrayList<>();
        for (String code : List.of("1.1", "1.7", "1.8", "1.9", "1.11", "4.2", "4.4", "4.5", "4.6", "4.7", "4.8")) {
            items.add(new Item("2023-2025", 2025, code, Form.YES_NO));
        }
        for (String code : List.of("1.4", "1.10", "2.1", "2.5", "2.6", "3.1", "3.4", "3.7", "3.9", "4.3")) {
            items.add(new Item("2023-2025", 2025, code, Form.COUNT));
        }
        items.add(new Item("2023-2025", 2025, "2.2", Form.COUNT_OF_DECLARED_WHOLE));
        items.add(new Item("2023-2025", 2025, "2.3", Form.COUNT_OF_DECLARED_WHOLE));
        // 3.8 divides by the schools that charge fees, which only the commune knows.
        items.add(new Item("2023-2025", 2025, "3.8", Form.COUNT_OF_DECLARED_WHOLE));
        items.add(new Item("2023-2025", 2025, "1.5", Form.WHOLE_ONLY));
        for (String code : List.of("3", "18", "19", "20", "21", "22", "25b", "25c", "25d", "26")) {
            items.add(new Item("2026", 2026, code, Form.COUNT));
        }
        // Item 30 is judged per month: its declaration names the month (thang) it is about.
        items.add(new Item("2026", 2026, "30", Form.MONTHLY_COUNT));
        // Item 29 scores the commune website: posts in the year, an own section, a link to the province's page.
        items.add(new Item("2026", 2026, "29", Form.WEB_SCORE));
        return List.copyOf(items);
    }

    private final long seed;
    private final List<String> communes;

    public DeclarationSimulator(long seed, List<String> communes) {
        this.seed = seed;
        this.communes = List.copyOf(communes);
    }

    /**
     * Writes one file; returns the accepted declarations keyed {@code commune|set|code|year} (and
     * {@code |yyyy-MM} for an item judged per month) → what
     * was declared ({@code dat=true}, {@code giaTri=41}, {@code giaTri=3;mauSo=4}, {@code mauSo=1250},
     * {@code giaTri=30;web.dx_link=false;web.dx_section=true}),
     * and the rejected lines by fault.
     */
    public Result writeTo(Path file) {
        Random random = new Random(seed);
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        Map<String, String> accepted = new TreeMap<>();
        Map<String, Integer> faults = new TreeMap<>();
        for (String commune : communes) {
            for (Item item : ITEMS) {
                ObjectNode line = json.createObjectNode();
                line.put("maXa", commune).put("boChiTieu", item.set()).put("maChiTieu", item.code()).put("nam", item.year());
                String declared = declare(item, line, random);
                line.putArray("minhChung").addObject().put("ten", "Báo cáo kết quả chuyển đổi số năm " + item.year())
                        .put("thamChieu", (10 + random.nextInt(90)) + "/BC-UBND");
                line.put("nguoiKeKhai", "canbo." + commune)
                        .put("thoiGian", (item.year() + 1) + "-0" + (1 + random.nextInt(3)) + "-15T09:00:00+07:00");
                int fault = random.nextInt(40);
                if (fault == 0 && declared.equals("dat=true")) {
                    line.putArray("minhChung");
                    faults.merge(NO_EVIDENCE, 1, Integer::sum);
                } else if (fault == 1) {
                    line.put("maXa", "99999");
                    faults.merge(UNKNOWN_COMMUNE, 1, Integer::sum);
                } else if (fault == 2) {
                    line.put("maChiTieu", "chỉ tiêu " + item.code());
                    faults.merge(BAD_CODE, 1, Integer::sum);
                } else if (fault == 3) {
                    line.put("nam", item.year() + 1);
                    faults.merge(WRONG_YEAR, 1, Integer::sum);
                } else {
                    accepted.put(commune + "|" + item.set() + "|" + item.code() + "|" + item.year()
                            + (line.has("thang") ? "|" + line.get("thang").asText() : ""), declared);
                }
                lines.add(line.toString());
            }
            if (commune.equals(communes.get(0)) || random.nextInt(10) == 0) {
                lines.add(json.createObjectNode().put("maXa", commune).put("boChiTieu", "2026").put("maChiTieu", "9").put("nam", 2026)
                        .put("giaTri", 120).put("nguoiKeKhai", "canbo." + commune).put("thoiGian", "2026-10-01T09:00:00+07:00").toString());
                faults.merge(MEASURED_BY_SYSTEM, 1, Integer::sum);
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

    private static String declare(Item item, ObjectNode line, Random random) {
        return switch (item.form()) {
            case YES_NO -> {
                boolean met = random.nextInt(100) < 70;
                line.put("dat", met);
                yield "dat=" + met;
            }
            case COUNT -> {
                int value = random.nextInt(200);
                line.put("giaTri", value);
                yield "giaTri=" + value;
            }
            case MONTHLY_COUNT -> {
                int value = random.nextInt(200);
                // The month from the line itself, not the random stream, so other items stay as they were.
                line.put("giaTri", value).put("thang", item.year() + "-" + String.format("%02d", 1 + Math.floorMod(line.get("maXa").asText().hashCode(), 12)));
                yield "giaTri=" + value;
            }
            case COUNT_OF_DECLARED_WHOLE -> {
                int whole = 1 + random.nextInt(30);
                int value = random.nextInt(whole + 1);
                line.put("giaTri", value).put("mauSo", whole);
                yield "giaTri=" + value + ";mauSo=" + whole;
            }
            case WEB_SCORE -> {
                int posts = random.nextInt(60);
                boolean section = random.nextBoolean();
                boolean link = random.nextBoolean();
                line.put("giaTri", posts);
                line.putObject("chiTiet").put("web.dx_section", section).put("web.dx_link", link);
                yield "giaTri=" + posts + ";web.dx_link=" + link + ";web.dx_section=" + section;
            }
            case WHOLE_ONLY -> {
                int whole = 200 + random.nextInt(3000);
                line.put("mauSo", whole);
                yield "mauSo=" + whole;
            }
        };
    }

    public record Result(Map<String, String> accepted, Map<String, Integer> rejectedLinesByFault) {
        public int rejectedLines() {
            return rejectedLinesByFault.values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}
