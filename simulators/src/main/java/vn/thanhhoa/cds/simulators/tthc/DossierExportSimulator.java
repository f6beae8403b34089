package vn.thanhhoa.cds.simulators.tthc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import vn.thanhhoa.cds.simulators.person.TypedIdentityNumber;

/**
 * Writes the one-stop system's dossier exports as JSON Lines, one file per month, deterministic
 * from a seed. Each dossier appears once per status it passes through (received, processing,
 * done, returned), as full snapshots with the national synchronisation's field names, and the feed
 * has the faults real exports have: repeated lines, states out of order, a final state arriving in
 * the next month's file, dossiers of an agency nobody mapped, truncated JSON, impossible dates.
 * Applicants' identity numbers are typed in every form people use ({@link TypedIdentityNumber}).
 */
public final class DossierExportSimulator {

    /** Faults whose lines a correct reader must reject. */
    public static final String UNKNOWN_AGENCY = "unknown agency";
    public static final String BROKEN_JSON = "broken JSON";
    public static final String IMPOSSIBLE_DATE = "impossible date";
    public static final String UNMAPPED_AGENCY_CODE = "999.99.99.H56";

    /** LoaiDoiTuong: every simulated applicant is a citizen. */
    private static final String APPLICANT_TYPE = "1";
    private static final DateTimeFormatter SOURCE_DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    /** A dossier is received half an hour after it is submitted. */
    private static final java.time.Duration RECEPTION_DELAY = java.time.Duration.ofMinutes(30);
    private static final int[] STATUS_PATH = {2, 4, 9, 10};
    private static final String[] PROCEDURES = {"1.000894.000.00.00.H56", "1.001612.000.00.00.H56", "2.000986.000.00.00.H56", "1.004227.000.00.00.H56"};

    private final long seed;
    private final List<SimulatedAgency> agencies;
    private final YearMonth firstMonth;
    private final int months;
    private final int dossiers;
    private final ObjectMapper json = new ObjectMapper();

    public DossierExportSimulator(long seed, List<SimulatedAgency> agencies, YearMonth firstMonth, int months, int dossiers) {
        if (agencies.isEmpty() || months < 1 || dossiers < 1) {
            throw new IllegalArgumentException("need at least one agency, one month and one dossier");
        }
        this.seed = seed;
        this.agencies = List.copyOf(agencies);
        this.firstMonth = firstMonth;
        this.months = months;
        this.dossiers = dossiers;
    }

    public DossierFeed writeTo(Path directory) {
        try (MonthFiles files = new MonthFiles(directory)) {
            return writeTo(files);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the simulated dossier exports into " + directory + " failed: " + e.getMessage(), e);
        }
    }

    private DossierFeed writeTo(MonthFiles linesByMonth) throws IOException {
        Random random = new Random(seed);
        Map<String, ExpectedDossier> accepted = new LinkedHashMap<>();
        Map<String, Integer> faults = new TreeMap<>(Map.of(UNKNOWN_AGENCY, 0, BROKEN_JSON, 0, IMPOSSIBLE_DATE, 0));
        java.util.Set<String> identityNumbers = new java.util.LinkedHashSet<>();
        for (int i = 0; i < dossiers; i++) {
            boolean unmapped = random.nextInt(100) == 0;
            SimulatedAgency agency = unmapped ? new SimulatedAgency(UNMAPPED_AGENCY_CODE, null) : agencies.get(random.nextInt(agencies.size()));
            YearMonth month = firstMonth.plusMonths(random.nextInt(months));
            LocalDateTime submitted = month.atDay(1 + random.nextInt(month.lengthOfMonth())).atTime(7 + random.nextInt(10), random.nextInt(60), random.nextInt(60));
            String code = agency.agencyCode() + "-" + submitted.format(DateTimeFormatter.ofPattern("yyMMdd")) + "-" + String.format("%05d", i);
            boolean online = random.nextInt(100) < 55;
            boolean paidOnline = online && random.nextInt(100) < 40;
            TypedIdentityNumber.Identity applicant = TypedIdentityNumber.of(i, random.nextInt(1_000_000_000));
            String applicantId = applicant.number();
            int steps = 1 + random.nextInt(STATUS_PATH.length);
            List<String> snapshots = new ArrayList<>();
            boolean digitised = false;
            for (int step = 0; step < steps; step++) {
                String typedId = TypedIdentityNumber.typed(applicantId, i + step);
                identityNumbers.add(typedId);
                // Drawn here rather than inside the snapshot (same order of draws): the account keeps the latest state's.
                digitised = random.nextInt(100) < 70;
                snapshots.add(snapshot(code, agency, submitted, online, paidOnline, typedId, step, digitised));
            }
            if (random.nextInt(100) < 3 && snapshots.size() > 1) {
                Collections.swap(snapshots, snapshots.size() - 1, snapshots.size() - 2);
            }
            int lines = snapshots.size();
            for (int s = 0; s < snapshots.size(); s++) {
                boolean late = s == snapshots.size() - 1 && random.nextInt(100) < 2;
                YearMonth fileMonth = late ? month.plusMonths(1) : month;
                linesByMonth.write(fileMonth, snapshots.get(s));
                if (random.nextInt(100) < 2) {
                    linesByMonth.write(fileMonth, snapshots.get(s));
                    lines++;
                }
            }
            if (unmapped) {
                faults.merge(UNKNOWN_AGENCY, lines, Integer::sum);
            } else {
                int last = steps - 1;
                accepted.put(code, new ExpectedDossier(code, agency.agencyCode(), agency.communeCode(), STATUS_PATH[last], online, paidOnline, applicantId,
                        TypedIdentityNumber.adultIn(applicant.birthYear(), submitted.getYear()), lines,
                        received(submitted), last >= 2 ? finished(code, submitted) : null, serviceLevel(online), APPLICANT_TYPE, false,
                        digitised, last >= 3, 1, 0));
            }
            if (random.nextInt(200) == 0) {
                String whole = snapshots.getFirst();
                linesByMonth.write(month, whole.substring(0, whole.length() / 2));
                faults.merge(BROKEN_JSON, 1, Integer::sum);
            }
            if (random.nextInt(200) == 0) {
                linesByMonth.write(month, snapshots.getFirst().replaceFirst("\"NgayNopHoSo\":\"\\d{8}", "\"NgayNopHoSo\":\"" + month.getYear() + "1345"));
                faults.merge(IMPOSSIBLE_DATE, 1, Integer::sum);
            }
        }
        linesByMonth.close();
        return new DossierFeed(linesByMonth.files(), accepted, faults, linesByMonth.written(), List.copyOf(identityNumbers));
    }

    /**
     * The month files, each written line by line as the dossiers are drawn, so that a province-year
     * (ten million lines) never sits in memory; a month's file is made at its first line.
     */
    private static final class MonthFiles implements AutoCloseable {

        private final Path directory;
        private final Map<YearMonth, BufferedWriter> writers = new TreeMap<>();
        private long written;

        MonthFiles(Path directory) throws IOException {
            this.directory = Files.createDirectories(directory);
        }

        void write(YearMonth month, String line) throws IOException {
            BufferedWriter writer = writers.get(month);
            if (writer == null) {
                writer = Files.newBufferedWriter(file(month), StandardCharsets.UTF_8);
                writers.put(month, writer);
            }
            writer.write(line);
            writer.newLine();
            written++;
        }

        List<Path> files() {
            return writers.keySet().stream().map(this::file).toList();
        }

        long written() {
            return written;
        }

        private Path file(YearMonth month) {
            return directory.resolve("dossiers-" + month + ".jsonl");
        }

        @Override
        public void close() throws IOException {
            IOException failure = null;
            for (BufferedWriter writer : writers.values()) {
                try {
                    writer.close();
                } catch (IOException e) {
                    failure = failure == null ? e : failure;
                }
            }
            if (failure != null) {
                throw failure;
            }
        }
    }

    /**
     * One dossier received online at {@code received} (status 2, the first of its path, digitised),
     * as the one-stop system exports it: for a live feed written line by line.
     */
    public String receivedOnline(String code, SimulatedAgency agency, LocalDateTime received, String applicantId) {
        return snapshot(code, agency, received.minus(RECEPTION_DELAY), true, false, applicantId, 0, true);
    }

    /** The dossier as the one-stop system exports it after {@code step} status changes. */
    private String snapshot(String code, SimulatedAgency agency, LocalDateTime submitted, boolean online, boolean paidOnline,
                            String applicantId, int step, boolean digitised) {
        ObjectNode dossier = json.createObjectNode();
        dossier.put("MaHoSo", code);
        dossier.put("MaTTHC", PROCEDURES[Math.floorMod(code.hashCode(), PROCEDURES.length)]);
        dossier.put("MucDo", serviceLevel(online));
        dossier.put("KenhThucHien", online ? "2" : "1");
        dossier.put("LoaiDoiTuong", APPLICANT_TYPE);
        dossier.put("ChuHoSo", "Nguyễn Văn An");
        ArrayNode ids = dossier.putArray("DinhDanhCHS");
        // LoaiDinhDanh: 1 the 12-digit ID, 2 the 9-digit old card; a passport has no code of its own in the sync.
        String digits = applicantId.replaceAll("[^0-9A-Za-z]", "");
        ids.addObject().put("LoaiDinhDanh", digits.length() == 9 ? "2" : "1").put("SoDinhDanh", applicantId);
        dossier.put("NgayNopHoSo", submitted.format(SOURCE_DATE));
        dossier.put("NgayTiepNhan", received(submitted).format(SOURCE_DATE));
        dossier.put("NgayHenTra", submitted.plusDays(3).format(SOURCE_DATE));
        dossier.put("TrangThaiHoSo", String.valueOf(STATUS_PATH[step]));
        if (step >= 2) {
            dossier.put("NgayKetThucXuLy", finished(code, submitted).format(SOURCE_DATE));
        } else if (step == 1) {
            dossier.put("NgayKetThucXuLy", "");
        }
        if (step >= 3) {
            dossier.put("NgayTra", submitted.plusDays(5).format(SOURCE_DATE));
            dossier.putArray("DanhSachGiayToKetQua").addObject().put("TenGiayTo", "ket_qua.pdf").put("MaGiayToKetQua", "KQ01");
        }
        dossier.put("DonViXuLy", agency.communeCode() == null ? "Đơn vị chưa khai báo" : "UBND xã " + agency.communeCode());
        dossier.put("NoiNopHoSo", "2");
        dossier.put("HoSoCoThanhPhanSoHoa", digitised ? "1" : "0");
        dossier.put("TaiKhoanDuocXacThucVoiVNeID", online ? "1" : "0");
        dossier.put("DuocThanhToanTrucTuyen", paidOnline ? "1" : "0");
        dossier.putArray("TaiLieuNop").addObject().put("TenTepDinhKem", "to_khai.pdf").put("DuocSoHoa", "1").put("DuocTaiSuDung", "0").put("DuocLayTuKhoDMQG", "0");
        return dossier.toString();
    }

    private static String serviceLevel(boolean online) {
        return online ? "4" : "3";
    }

    private static LocalDateTime received(LocalDateTime submitted) {
        return submitted.plus(RECEPTION_DELAY);
    }

    private static LocalDateTime finished(String code, LocalDateTime submitted) {
        return submitted.plusDays(1 + (code.hashCode() & 3)).plusHours(2);
    }
}
