package vn.thanhhoa.cds.simulators.task;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import vn.thanhhoa.cds.simulators.MonthlyExportFiles;
import vn.thanhhoa.cds.simulators.tthc.SimulatedAgency;

/**
 * Writes the task-tracking exports of the document-management system as JSON Lines, one file per
 * month of the change, deterministic from a seed. Each task goes through its states (CHUA_XU_LY,
 * DANG_XU_LY, HOAN_THANH, or HUY); most are tracked on the system, some were registered on paper
 * and a few are corrected to tracked later. Awkward on purpose: repeated lines, a state written
 * after a newer one (out of order), and bad lines: an office nobody mapped, an unknown status, a
 * completed task without its completion date, a deadline before the assignment, truncated JSON.
 */
public final class TaskExportSimulator {

    public static final String UNKNOWN_OFFICE = "unknown office";
    public static final String UNKNOWN_STATUS = "unknown status";
    public static final String COMPLETED_WITHOUT_DATE = "completed without date";
    public static final String DUE_BEFORE_ASSIGNED = "due before assigned";
    public static final String BROKEN_JSON = "broken JSON";

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final String[] ASSIGNERS = {"UBND tỉnh Thanh Hóa", "Sở Khoa học và Công nghệ", "Chủ tịch UBND xã", "Sở Nội vụ"};

    private final long seed;
    private final List<SimulatedAgency> offices;
    private final YearMonth firstMonth;
    private final int months;
    private final int tasks;
    private final ObjectMapper json = new ObjectMapper();

    public TaskExportSimulator(long seed, List<SimulatedAgency> offices, YearMonth firstMonth, int months, int tasks) {
        this.seed = seed;
        this.offices = List.copyOf(offices);
        this.firstMonth = firstMonth;
        this.months = months;
        this.tasks = tasks;
    }

    private record Event(LocalDateTime at, String line) {
    }

    public TaskFeed writeTo(java.nio.file.Path directory) {
        Random random = new Random(seed);
        Map<YearMonth, List<Event>> events = new TreeMap<>();
        Map<String, TaskFeed.ExpectedTask> latest = new TreeMap<>();
        Map<String, Integer> faults = new TreeMap<>();
        long accepted = 0;
        Map<String, java.time.LocalDate> assignedDays = new TreeMap<>();
        for (int t = 0; t < tasks; t++) {
            SimulatedAgency office = offices.get(random.nextInt(offices.size()));
            YearMonth month = firstMonth.plusMonths(random.nextInt(months));
            LocalDateTime assigned = month.atDay(1 + random.nextInt(month.lengthOfMonth())).atTime(7 + random.nextInt(10), random.nextInt(60));
            String id = String.format("NV-%d-%06d", assigned.getYear(), t);
            boolean tracked = random.nextInt(100) < 80;
            boolean correctedToTracked = !tracked && random.nextInt(4) == 0;
            ObjectNode task = json.createObjectNode();
            task.put("maNhiemVu", id).put("donViChuTri", office.agencyCode()).put("donViGiao", ASSIGNERS[random.nextInt(ASSIGNERS.length)]);
            task.putObject("vanBanGiao").put("soKyHieu", (10 + random.nextInt(900)) + "/TB-UBND");
            task.put("ngayGiao", iso(assigned)).put("hanXuLy", assigned.toLocalDate().plusDays(7 + random.nextInt(54)).toString());

            List<Event> states = new ArrayList<>();
            LocalDateTime at = assigned;
            states.add(state(task, "CHUA_XU_LY", null, tracked, at));
            String status = "CHUA_XU_LY";
            LocalDateTime completed = null;
            int fate = random.nextInt(100);
            if (fate < 5) {
                at = at.plusDays(1 + random.nextInt(10));
                status = "HUY";
                states.add(state(task, status, null, tracked, at));
            } else if (fate < 90) {
                at = at.plusDays(1 + random.nextInt(5)).plusMinutes(random.nextInt(600));
                status = "DANG_XU_LY";
                states.add(state(task, status, null, tracked, at));
                if (fate < 75) {
                    at = at.plusDays(1 + random.nextInt(40));
                    status = "HOAN_THANH";
                    completed = at;
                    states.add(state(task, status, completed, tracked, at));
                }
            }
            if (correctedToTracked) {
                at = at.plusHours(2);
                tracked = true;
                states.add(state(task, status, completed, true, at));
            }
            latest.put(id, new TaskFeed.ExpectedTask(office.communeCode(), status, tracked));
            assignedDays.put(id, assigned.toLocalDate());
            for (Event state : states) {
                add(events, state);
                accepted++;
                if (random.nextInt(40) == 0) {
                    add(events, state);
                    accepted++;
                }
            }
            int fault = random.nextInt(100);
            ObjectNode bad = line(task, "DANG_XU_LY", null, tracked, assigned.plusHours(1));
            String badLine = null;
            if (fault == 0) {
                bad.put("donViChuTri", "000.99.99.H56");
                badLine = count(faults, UNKNOWN_OFFICE, bad.toString());
            } else if (fault == 1) {
                bad.put("trangThai", "DA_XONG");
                badLine = count(faults, UNKNOWN_STATUS, bad.toString());
            } else if (fault == 2) {
                bad.put("trangThai", "HOAN_THANH");
                badLine = count(faults, COMPLETED_WITHOUT_DATE, bad.toString());
            } else if (fault == 3) {
                bad.put("hanXuLy", assigned.toLocalDate().minusDays(3).toString());
                badLine = count(faults, DUE_BEFORE_ASSIGNED, bad.toString());
            } else if (fault == 4) {
                String whole = bad.toString();
                badLine = count(faults, BROKEN_JSON, whole.substring(0, whole.length() / 2));
            }
            if (badLine != null) {
                add(events, new Event(assigned.plusHours(1), badLine));
            }
        }
        Map<YearMonth, List<String>> lines = new TreeMap<>();
        events.forEach((month, monthEvents) -> {
            monthEvents.sort((a, b) -> a.at().compareTo(b.at()));
            // A few neighbours swapped: the export is not strictly in time order.
            for (int i = 1; i < monthEvents.size(); i++) {
                if (random.nextInt(15) == 0) {
                    Collections.swap(monthEvents, i - 1, i);
                }
            }
            lines.put(month, monthEvents.stream().map(Event::line).toList());
        });
        return new TaskFeed(MonthlyExportFiles.write(directory, "nhiem-vu", lines), latest, accepted, faults, assignedDays);
    }

    private static Event state(ObjectNode task, String status, LocalDateTime completed, boolean tracked, LocalDateTime at) {
        return new Event(at, line(task, status, completed, tracked, at).toString());
    }

    private static ObjectNode line(ObjectNode task, String status, LocalDateTime completed, boolean tracked, LocalDateTime at) {
        ObjectNode line = task.deepCopy();
        line.put("trangThai", status);
        if (completed != null) {
            line.put("ngayHoanThanh", iso(completed));
        }
        line.put("theoDoiTrenHeThong", tracked).put("capNhatLuc", iso(at));
        return line;
    }

    private static void add(Map<YearMonth, List<Event>> events, Event event) {
        events.computeIfAbsent(YearMonth.from(event.at()), key -> new ArrayList<>()).add(event);
    }

    private static String count(Map<String, Integer> faults, String fault, String line) {
        faults.merge(fault, 1, Integer::sum);
        return line;
    }

    private static String iso(LocalDateTime at) {
        return at.format(LOCAL) + "+07:00";
    }
}
