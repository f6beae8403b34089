package vn.thanhhoa.cds.simulators.document;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import vn.thanhhoa.cds.simulators.MonthlyExportFiles;
import vn.thanhhoa.cds.simulators.tthc.SimulatedAgency;

/**
 * Writes document-management exports as JSON Lines, one file per month, deterministic from a seed:
 * edXML envelopes with the local block {@code qlvb} (office, direction, secrecy, electronic
 * processing, digital signature). Faults: an office nobody mapped, an unknown status code, a
 * timestamp without offset, truncated JSON.
 */
public final class DocumentExportSimulator {

    public static final String UNKNOWN_OFFICE = "unknown office";
    public static final String UNKNOWN_STATUS = "unknown status";
    public static final String BAD_TIMESTAMP = "bad timestamp";
    public static final String BROKEN_JSON = "broken JSON";

    private static final String[] TYPES = {"Công văn", "Quyết định", "Kế hoạch", "Báo cáo", "Thông báo"};
    private static final String[] STATUSES = {"01", "03", "04", "05", "06"};

    private final long seed;
    private final List<SimulatedAgency> offices;
    private final YearMonth firstMonth;
    private final int months;
    private final int documents;
    private final ObjectMapper json = new ObjectMapper();

    public DocumentExportSimulator(long seed, List<SimulatedAgency> offices, YearMonth firstMonth, int months, int documents) {
        this.seed = seed;
        this.offices = List.copyOf(offices);
        this.firstMonth = firstMonth;
        this.months = months;
        this.documents = documents;
    }

    public DocumentFeed writeTo(Path directory) {
        Random random = new Random(seed);
        Map<YearMonth, List<String>> lines = new TreeMap<>();
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, Integer> faults = new TreeMap<>(Map.of(UNKNOWN_OFFICE, 0, UNKNOWN_STATUS, 0, BAD_TIMESTAMP, 0, BROKEN_JSON, 0));
        long accepted = 0;
        List<ExpectedDocument> documentsAccepted = new ArrayList<>();
        for (int d = 0; d < documents; d++) {
            SimulatedAgency office = offices.get(random.nextInt(offices.size()));
            YearMonth month = firstMonth.plusMonths(random.nextInt(months));
            LocalDateTime at = month.atDay(1 + random.nextInt(month.lengthOfMonth())).atTime(7 + random.nextInt(10), random.nextInt(60));
            boolean secret = random.nextInt(20) == 0;
            boolean electronic = random.nextInt(100) < 85;
            int fault = random.nextInt(100);
            ObjectNode line = document(d, office.agencyCode(), at, secret, electronic, random);
            String text;
            if (fault == 0) {
                ((ObjectNode) line.get("qlvb")).put("donvi", "000.99.99.H56");
                text = line.toString();
                faults.merge(UNKNOWN_OFFICE, 1, Integer::sum);
            } else if (fault == 1) {
                ((ObjectNode) line.get("status")).put("statuscode", "09");
                text = line.toString();
                faults.merge(UNKNOWN_STATUS, 1, Integer::sum);
            } else if (fault == 2) {
                ((ObjectNode) line.get("status")).put("timestamp", at.toString());
                text = line.toString();
                faults.merge(BAD_TIMESTAMP, 1, Integer::sum);
            } else if (fault == 3) {
                String whole = line.toString();
                text = whole.substring(0, whole.length() / 2);
                faults.merge(BROKEN_JSON, 1, Integer::sum);
            } else {
                text = line.toString();
                accepted++;
                int[] count = counts.computeIfAbsent(office.communeCode(), key -> new int[3]);
                count[DocumentFeed.ALL]++;
                ObjectNode local = (ObjectNode) line.get("qlvb");
                boolean outgoing = local.get("huong").asText().equals("DI");
                documentsAccepted.add(new ExpectedDocument(line.get("header").get("messageheader").get("documentid").asText(), office.communeCode(),
                        at.toLocalDate(), outgoing, secret, electronic, local.get("kysochu").asText().equals("1")));
                if (!secret) {
                    count[DocumentFeed.NOT_SECRET]++;
                    if (electronic) {
                        count[DocumentFeed.NOT_SECRET_ELECTRONIC]++;
                    }
                }
            }
            lines.computeIfAbsent(month, key -> new ArrayList<>()).add(text);
        }
        List<Path> files = MonthlyExportFiles.write(directory, "van-ban", lines);
        return new DocumentFeed(files, counts, accepted, faults, List.copyOf(documentsAccepted));
    }

    private ObjectNode document(int number, String office, LocalDateTime at, boolean secret, boolean electronic, Random random) {
        ObjectNode line = json.createObjectNode();
        ObjectNode header = line.putObject("header").putObject("messageheader");
        boolean incoming = random.nextBoolean();
        header.putObject("from").put("organid", incoming ? "000.00.00.H56" : office).put("organname", incoming ? "UBND tỉnh Thanh Hóa" : "UBND xã");
        header.putArray("toes").addObject().put("organid", incoming ? office : "000.00.00.H56");
        header.putObject("code").put("codenumber", String.valueOf(100 + number)).put("codenotation", "UBND-VP");
        header.putObject("promulgationinfo").put("place", "Thanh Hóa").put("promulgationdate", at.toLocalDate().toString());
        header.putObject("documenttype").put("type", "1").put("typename", TYPES[random.nextInt(TYPES.length)]);
        header.put("subject", "V/v triển khai nhiệm vụ chuyển đổi số");
        header.put("documentid", String.format("%s,%s,%06d", office, at.toLocalDate(), number));
        line.putObject("status").put("statuscode", STATUSES[random.nextInt(STATUSES.length)])
                .put("timestamp", at.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) + "+07:00");
        line.putObject("qlvb").put("donvi", office).put("huong", incoming ? "DEN" : "DI").put("domat", secret ? "1" : "0")
                .put("xulytrenmang", electronic ? "1" : "0").put("kysochu", !incoming && electronic ? "1" : "0");
        return line;
    }
}
