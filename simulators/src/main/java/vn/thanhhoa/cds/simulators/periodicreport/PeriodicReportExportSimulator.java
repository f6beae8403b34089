package vn.thanhhoa.cds.simulators.periodicreport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
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
 * Writes the province reporting system's exports of periodic reports as JSON Lines, one file per
 * month of the change, deterministic from a seed. Every office owes a monthly socio-economic report,
 * a quarterly administrative-reform report, a half-year digital-transformation report and a secret
 * quarterly defence report; each appears first as an obligation not yet filed, then as filed: mostly
 * on the system, some on paper or by e-mail, a few never. Awkward on purpose: a report filed on
 * paper and re-filed on the system (a correction), repeated lines, and bad lines: an office nobody
 * mapped, a period that is no period, an unknown channel, a filed report without its date, truncated JSON.
 */
public final class PeriodicReportExportSimulator {

    public static final String UNKNOWN_OFFICE = "unknown office";
    public static final String BAD_PERIOD = "bad period";
    public static final String UNKNOWN_CHANNEL = "unknown channel";
    public static final String FILED_WITHOUT_DATE = "filed without date";
    public static final String BROKEN_JSON = "broken JSON";

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private record Regime(String code, String name, int everyMonths, boolean secret) {
    }

    private static final List<Regime> REGIMES = List.of(
            new Regime("KTXH_THANG", "Báo cáo tình hình kinh tế - xã hội tháng", 1, false),
            new Regime("CCHC_QUY", "Báo cáo công tác cải cách hành chính quý", 3, false),
            new Regime("CDS_6THANG", "Báo cáo kết quả chuyển đổi số 6 tháng", 6, false),
            new Regime("QPAN_QUY", "Báo cáo tình hình quốc phòng, an ninh quý", 3, true));

    private final long seed;
    private final List<SimulatedAgency> offices;
    private final YearMonth firstMonth;
    private final int months;
    private final ObjectMapper json = new ObjectMapper();

    public PeriodicReportExportSimulator(long seed, List<SimulatedAgency> offices, YearMonth firstMonth, int months) {
        this.seed = seed;
        this.offices = List.copyOf(offices);
        this.firstMonth = firstMonth;
        this.months = months;
    }

    public PeriodicReportFeed writeTo(Path directory) {
        Random random = new Random(seed);
        Map<YearMonth, List<String>> lines = new TreeMap<>();
        Map<String, PeriodicReportFeed.ExpectedReport> latest = new TreeMap<>();
        Map<String, Integer> faults = new TreeMap<>();
        long accepted = 0;
        Map<String, LocalDate> dueDays = new TreeMap<>();
        for (int m = 0; m < months; m++) {
            YearMonth month = firstMonth.plusMonths(m);
            for (Regime regime : REGIMES) {
                if (month.getMonthValue() % regime.everyMonths() != 0) {
                    continue;
                }
                for (SimulatedAgency office : offices) {
                    String period = period(month, regime);
                    String id = "BC-" + office.agencyCode() + "-" + regime.code() + "-" + period;
                    LocalDate due = month.atDay(Math.min(20, month.lengthOfMonth()));
                    ObjectNode report = json.createObjectNode();
                    report.put("maBaoCao", id).put("donViBaoCao", office.agencyCode());
                    report.putObject("cheDoBaoCao").put("ma", regime.code()).put("ten", regime.name());
                    report.put("kyBaoCao", period).put("hanNop", due.toString()).put("mat", regime.secret());

                    LocalDateTime opened = due.minusDays(10).atTime(7, 30);
                    List<ObjectNode> states = new ArrayList<>();
                    states.add(state(report, null, null, opened));
                    String channel = null;
                    int how = random.nextInt(100);
                    LocalDateTime filed = due.minusDays(random.nextInt(8)).atTime(8 + random.nextInt(9), random.nextInt(60));
                    if (how < 80) {
                        channel = "HE_THONG";
                    } else if (how < 88) {
                        channel = "GIAY";
                    } else if (how < 93) {
                        channel = "THU_DIEN_TU";
                    } else if (how < 96) {
                        states.add(state(report, "GIAY", filed, filed));
                        filed = filed.plusDays(1);
                        channel = "HE_THONG";
                    }
                    if (channel != null) {
                        states.add(state(report, channel, filed, filed));
                    }
                    latest.put(id, new PeriodicReportFeed.ExpectedReport(office.communeCode(), channel, regime.secret()));
                    dueDays.put(id, due);
                    for (ObjectNode state : states) {
                        LocalDateTime at = LocalDateTime.parse(state.get("capNhatLuc").asText().substring(0, 19));
                        int copies = random.nextInt(50) == 0 ? 2 : 1;
                        for (int c = 0; c < copies; c++) {
                            lines.computeIfAbsent(YearMonth.from(at), key -> new ArrayList<>()).add(state.toString());
                            accepted++;
                        }
                    }
                    String bad = badLine(report, random.nextInt(150), faults, opened);
                    if (bad != null) {
                        lines.computeIfAbsent(YearMonth.from(opened), key -> new ArrayList<>()).add(bad);
                    }
                }
            }
        }
        return new PeriodicReportFeed(MonthlyExportFiles.write(directory, "bao-cao-dinh-ky", lines), latest, accepted, faults, dueDays);
    }

    private String badLine(ObjectNode report, int fault, Map<String, Integer> faults, LocalDateTime opened) {
        ObjectNode bad = state(report, "HE_THONG", opened.plusHours(1), opened.plusHours(1));
        String reason;
        switch (fault) {
            case 0 -> {
                bad.put("donViBaoCao", "000.99.99.H56");
                reason = UNKNOWN_OFFICE;
            }
            case 1 -> {
                bad.put("kyBaoCao", opened.getYear() + "-13");
                reason = BAD_PERIOD;
            }
            case 2 -> {
                bad.put("hinhThucNop", "FAX");
                reason = UNKNOWN_CHANNEL;
            }
            case 3 -> {
                bad.remove("ngayNop");
                reason = FILED_WITHOUT_DATE;
            }
            case 4 -> {
                String whole = bad.toString();
                faults.merge(BROKEN_JSON, 1, Integer::sum);
                return whole.substring(0, whole.length() / 2);
            }
            default -> {
                return null;
            }
        }
        faults.merge(reason, 1, Integer::sum);
        return bad.toString();
    }

    private static ObjectNode state(ObjectNode report, String channel, LocalDateTime filed, LocalDateTime at) {
        ObjectNode line = report.deepCopy();
        if (channel != null) {
            line.put("hinhThucNop", channel).put("ngayNop", filed.format(LOCAL) + "+07:00");
        }
        line.put("capNhatLuc", at.format(LOCAL) + "+07:00");
        return line;
    }

    private static String period(YearMonth month, Regime regime) {
        return switch (regime.everyMonths()) {
            case 1 -> month.toString();
            case 3 -> month.getYear() + "-Q" + (month.getMonthValue() / 3);
            case 6 -> month.getYear() + "-H" + (month.getMonthValue() / 6);
            default -> String.valueOf(month.getYear());
        };
    }
}
