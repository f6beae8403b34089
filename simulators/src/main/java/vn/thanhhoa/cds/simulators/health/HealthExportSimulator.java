package vn.thanhhoa.cds.simulators.health;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import vn.thanhhoa.cds.simulators.person.TypedIdentityNumber;

/**
 * Writes the health data gateway's receipts as JSON Lines, one file per month, deterministic from a
 * seed: each simulated person gets a record created once, some later updates and telehealth
 * consultations. Identity numbers are written in every form people type them
 * ({@link TypedIdentityNumber}), a person's forms differing from one receipt to the next. Faults a reader must reject: a missing SO_CCCD, a commune code that is no unit of
 * the province, an impossible receipt time, truncated JSON.
 */
public final class HealthExportSimulator {

    public static final String MISSING_ID = "missing SO_CCCD";
    public static final String UNKNOWN_COMMUNE = "unknown commune";
    public static final String IMPOSSIBLE_DATE = "impossible date";
    public static final String BROKEN_JSON = "broken JSON";
    public static final String UNKNOWN_COMMUNE_CODE = "99999";

    private static final DateTimeFormatter RECEIPT = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final DateTimeFormatter CLAIM = DateTimeFormatter.ofPattern("yyyyMMddHHmm");

    private final long seed;
    private final List<String> communeCodes;
    private final YearMonth firstMonth;
    private final int months;
    private final int people;
    private final ObjectMapper json = new ObjectMapper();

    public HealthExportSimulator(long seed, List<String> communeCodes, YearMonth firstMonth, int months, int people) {
        this.seed = seed;
        this.communeCodes = List.copyOf(communeCodes);
        this.firstMonth = firstMonth;
        this.months = months;
        this.people = people;
    }

    public HealthFeed writeTo(Path directory) {
        Random random = new Random(seed);
        Map<YearMonth, List<String>> lines = new TreeMap<>();
        Map<String, Integer> withRecord = new TreeMap<>();
        Map<String, Integer> faults = new TreeMap<>(Map.of(MISSING_ID, 0, UNKNOWN_COMMUNE, 0, IMPOSSIBLE_DATE, 0, BROKEN_JSON, 0));
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        long accepted = 0;
        int receipt = 0;
        for (int p = 0; p < people; p++) {
            String id = TypedIdentityNumber.of(p, random.nextInt(1_000_000_000)).number();
            String commune = communeCodes.get(random.nextInt(communeCodes.size()));
            int events = 1 + random.nextInt(4);
            int startMonth = random.nextInt(months);
            boolean counted = false;
            for (int e = 0; e < events; e++) {
                YearMonth month = firstMonth.plusMonths(Math.min(months - 1, startMonth + e));
                LocalDateTime at = month.atDay(1 + random.nextInt(month.lengthOfMonth())).atTime(7 + random.nextInt(10), random.nextInt(60), random.nextInt(60));
                String kind = e == 0 ? "TAO_MOI" : "CAP_NHAT";
                String visit = random.nextInt(10) == 0 ? "14" : "01";
                int fault = random.nextInt(100);
                String line;
                String typedId = TypedIdentityNumber.typed(id, p + e);
                ids.add(typedId);
                if (fault == 0) {
                    line = receiptLine(++receipt, at, kind, visit, null, commune);
                    faults.merge(MISSING_ID, 1, Integer::sum);
                } else if (fault == 1) {
                    line = receiptLine(++receipt, at, kind, visit, typedId, UNKNOWN_COMMUNE_CODE);
                    faults.merge(UNKNOWN_COMMUNE, 1, Integer::sum);
                } else if (fault == 2) {
                    line = receiptLine(++receipt, at, kind, visit, typedId, commune).replaceFirst("\"thoiGianTiepNhan\":\"(\\d{4})\\d\\d", "\"thoiGianTiepNhan\":\"$113");
                    faults.merge(IMPOSSIBLE_DATE, 1, Integer::sum);
                } else if (fault == 3) {
                    String whole = receiptLine(++receipt, at, kind, visit, typedId, commune);
                    line = whole.substring(0, whole.length() / 3);
                    faults.merge(BROKEN_JSON, 1, Integer::sum);
                } else {
                    line = receiptLine(++receipt, at, kind, visit, typedId, commune);
                    accepted++;
                    counted = true;
                }
                lines.computeIfAbsent(month, key -> new ArrayList<>()).add(line);
            }
            if (counted) {
                withRecord.merge(commune, 1, Integer::sum);
            }
        }
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            for (Map.Entry<YearMonth, List<String>> month : lines.entrySet()) {
                Path file = directory.resolve("hssk-" + month.getKey() + ".jsonl");
                Files.write(file, month.getValue(), StandardCharsets.UTF_8);
                files.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new HealthFeed(files, withRecord, accepted, faults, List.copyOf(ids));
    }

    private String receiptLine(int receipt, LocalDateTime at, String kind, String visit, String id, String commune) {
        ObjectNode line = json.createObjectNode();
        line.put("maGiaoDich", String.format("GD%08d", receipt));
        line.put("thoiGianTiepNhan", at.format(RECEIPT));
        line.put("loaiHoSo", kind);
        ObjectNode claim = line.putObject("TONG_HOP");
        claim.put("MA_LK", String.format("LK%08d", receipt));
        claim.put("HO_TEN", "NGUYỄN THỊ LAN");
        claim.put("NGAY_SINH", "198003150000");
        if (id != null) {
            claim.put("SO_CCCD", id);
        }
        claim.put("MATINH_CU_TRU", "38");
        claim.put("MAXA_CU_TRU", commune);
        claim.put("MA_CSKCB", "38" + commune.substring(commune.length() - 3));
        claim.put("MA_LOAI_KCB", visit);
        claim.put("NGAY_VAO", at.minusHours(1).format(CLAIM));
        claim.put("NGAY_RA", at.minusMinutes(10).format(CLAIM));
        return line.toString();
    }
}
