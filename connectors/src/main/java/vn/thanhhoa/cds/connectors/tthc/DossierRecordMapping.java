package vn.thanhhoa.cds.connectors.tthc;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import vn.thanhhoa.cds.connectors.EventId;
import vn.thanhhoa.cds.connectors.agency.AgencyCommuneMapping;
import vn.thanhhoa.cds.connectors.deadletter.Parsed;
import vn.thanhhoa.cds.connectors.deadletter.Rejection;
import vn.thanhhoa.cds.connectors.folder.JsonLineMapping;
import vn.thanhhoa.cds.connectors.privacy.Adulthood;
import vn.thanhhoa.cds.connectors.privacy.IdentityNumber;
import vn.thanhhoa.cds.connectors.privacy.Pseudonymiser;
import vn.thanhhoa.cds.schemas.raw.DossierStatusChanged;
import vn.thanhhoa.cds.schemas.raw.ReceivingChannel;
import vn.thanhhoa.cds.schemas.raw.Satisfaction;
import vn.thanhhoa.cds.schemas.raw.ServiceLevel;

/**
 * One line of a one-stop export (a dossier as the national portal synchronisation sends it) to a
 * {@link DossierStatusChanged}, or to a rejection naming the field. The field-to-measure notes are
 * in the connectors README. Raw applicant identifiers are pseudonymised here and go nowhere else.
 */
public final class DossierRecordMapping extends JsonLineMapping<DossierStatusChanged> {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter SOURCE_DATE = DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);
    private static final String PLACEHOLDER_ID = "000000001";
    private static final Map<String, ReceivingChannel> CHANNELS = Map.of("1", ReceivingChannel.DIRECT, "2", ReceivingChannel.ONLINE, "3", ReceivingChannel.POSTAL);
    private static final Map<String, ServiceLevel> LEVELS = Map.of("2", ServiceLevel.INFORMATION, "3", ServiceLevel.PARTLY_ONLINE, "4", ServiceLevel.FULLY_ONLINE);
    private static final Map<String, Satisfaction> RATINGS = Map.of("RẤT HÀI LÒNG", Satisfaction.VERY_SATISFIED, "HÀI LÒNG", Satisfaction.SATISFIED,
            "KHÔNG HÀI LÒNG", Satisfaction.DISSATISFIED);

    private final AgencyCommuneMapping agencies;
    private final Pseudonymiser pseudonymiser;

    public DossierRecordMapping(AgencyCommuneMapping agencies, Pseudonymiser pseudonymiser) {
        this.agencies = agencies;
        this.pseudonymiser = pseudonymiser;
    }

    /** Maps one line; {@code location} is {@code file:line} for the record and for rejections. */
    @Override
    protected Parsed<DossierStatusChanged> map(JsonNode node, String line, String file, long lineNumber) {
        try {
            return new Parsed.Accepted<>(raw(node, "MaHoSo"), toRecord(node, file + ":" + lineNumber));
        } catch (FieldProblem problem) {
            Rejection rejection = Rejection.ofLine(file, lineNumber, problem.field, problem.getMessage(), line);
            String dossier = node.path("MaHoSo").asText("");
            return new Parsed.Rejected<>(dossier.isBlank() ? rejection : rejection.withRecordId(dossier));
        }
    }

    private DossierStatusChanged toRecord(JsonNode node, String location) {
        String dossier = required(node, "MaHoSo");
        if (dossier.length() > 100) {
            throw new FieldProblem("MaHoSo", "MaHoSo is longer than 100 characters");
        }
        String procedure = required(node, "MaTTHC");
        ReceivingChannel channel = coded(node, "KenhThucHien", CHANNELS, true);
        int status = status(node);
        Instant submitted = date(node, "NgayNopHoSo");
        Instant received = date(node, "NgayTiepNhan");
        Instant due = date(node, "NgayHenTra");
        Instant finished = date(node, "NgayKetThucXuLy");
        Instant returned = date(node, "NgayTra");
        Instant rejected = date(node, "NgayTuChoi");
        Instant changed = Stream.of(submitted, received, finished, returned, rejected).filter(Objects::nonNull).max(Instant::compareTo)
                .orElseThrow(() -> new FieldProblem("NgayNopHoSo", "the dossier has no date at all (NgayNopHoSo, NgayTiepNhan, …)"));
        Instant start = submitted != null ? submitted : received;
        if (start != null && finished != null && finished.isBefore(start)) {
            throw new FieldProblem("NgayKetThucXuLy", "NgayKetThucXuLy (" + raw(node, "NgayKetThucXuLy") + ") is before the dossier was submitted");
        }
        String agency = agencyCode(node, dossier);
        LocalDate onDate = LocalDate.ofInstant(start != null ? start : changed, VIETNAM);
        String commune = agencies.communeOf(agency, onDate)
                .orElseThrow(() -> new FieldProblem("MaDonViXuLy", "agency " + agency + " is not mapped to any commune on " + onDate));
        return DossierStatusChanged.newBuilder()
                .setEventId(EventId.of("tthc", dossier, String.valueOf(status), String.valueOf(changed.toEpochMilli())))
                .setDossierCode(dossier)
                .setLocalDossierCode(optional(node, "MaHoSoKhac"))
                .setProcedureCode(procedure)
                .setSectorCode(optional(node, "MaLinhVuc"))
                .setServiceLevel(coded(node, "MucDo", LEVELS, false))
                .setChannel(channel)
                .setApplicantType(optional(node, "LoaiDoiTuong"))
                .setApplicantPseudonym(applicantNumber(node).map(pseudonymiser::pseudonym).orElse(null))
                .setApplicantAdult(applicantNumber(node).map(number -> Adulthood.fromCitizenId(number, onDate)).orElse(null))
                .setStatus(status)
                .setSubmittedAt(submitted)
                .setReceivedAt(received)
                .setDueAt(due)
                .setFinishedAt(finished)
                .setReturnedAt(returned)
                .setRejectedAt(rejected)
                .setHasDigitisedComponents(flag(node, "HoSoCoThanhPhanSoHoa"))
                .setHasElectronicResult(node.path("DanhSachGiayToKetQua").isArray() && !node.path("DanhSachGiayToKetQua").isEmpty())
                .setReusedData(reusedFiles(node) > 0)
                .setSubmittedFiles(node.path("TaiLieuNop").size())
                .setReusedFiles(reusedFiles(node))
                .setVneidVerified(flag(node, "TaiKhoanDuocXacThucVoiVNeID"))
                .setPaidOnline(Stream.of("1", "2").anyMatch(code -> code.equals(optional(node, "DuocThanhToanTrucTuyen"))))
                .setHasFees(node.path("DanhSachLePhi").isArray() && !node.path("DanhSachLePhi").isEmpty())
                .setSatisfaction(satisfaction(node))
                .setAgencyCode(agency)
                .setCommuneCode(commune)
                .setChangedAt(changed)
                .setSourceLocation(location)
                .build();
    }

    /** The agency comes from MaDonViXuLy when the export has it, else from MaHoSo's prefix (agency code - yyMMdd - number). */
    private static String agencyCode(JsonNode node, String dossier) {
        String explicit = optional(node, "MaDonViXuLy");
        if (explicit != null) {
            return explicit;
        }
        int dash = dossier.indexOf('-');
        if (dash > 0) {
            return dossier.substring(0, dash);
        }
        throw new FieldProblem("MaDonViXuLy", "no processing agency: MaDonViXuLy is missing and MaHoSo '" + dossier + "' has no agency prefix");
    }

    /** The applicant's first real identity number, as typed; it goes no further than this class. */
    private static java.util.Optional<String> applicantNumber(JsonNode node) {
        for (JsonNode identity : node.path("DinhDanhCHS")) {
            String number = identity.path("SoDinhDanh").asText("").strip();
            if (!number.isEmpty() && !IdentityNumber.normalise(number).equals(PLACEHOLDER_ID)) {
                return java.util.Optional.of(number);
            }
        }
        return java.util.Optional.empty();
    }

    private static int reusedFiles(JsonNode node) {
        int reusedFiles = 0;
        for (JsonNode file : node.path("TaiLieuNop")) {
            String reused = file.path("DuocTaiSuDung").asText("0");
            if (reused.equals("1") || reused.equals("2") || file.path("DuocLayTuKhoDMQG").asText("0").equals("1")) {
                reusedFiles++;
            }
        }
        return reusedFiles;
    }

    private static Satisfaction satisfaction(JsonNode node) {
        JsonNode rating = node.path("DanhGiaHaiLong");
        String value = rating.isObject() ? rating.path("DanhGia").asText(null) : (rating.isTextual() ? rating.asText() : null);
        if (value == null || value.isBlank()) {
            return null;
        }
        Satisfaction satisfaction = RATINGS.get(value.strip().toUpperCase(java.util.Locale.forLanguageTag("vi")));
        if (satisfaction == null) {
            throw new FieldProblem("DanhGiaHaiLong", "DanhGiaHaiLong '" + value + "' is none of RẤT HÀI LÒNG, HÀI LÒNG, KHÔNG HÀI LÒNG");
        }
        return satisfaction;
    }

    private static int status(JsonNode node) {
        String value = required(node, "TrangThaiHoSo");
        try {
            int status = Integer.parseInt(value);
            if (status >= 1 && status <= 10) {
                return status;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new FieldProblem("TrangThaiHoSo", "TrangThaiHoSo '" + value + "' is not a status code 1–10");
    }

    private static <T> T coded(JsonNode node, String field, Map<String, T> codes, boolean mandatory) {
        String value = mandatory ? required(node, field) : optional(node, field);
        if (value == null) {
            return null;
        }
        T coded = codes.get(value);
        if (coded == null) {
            throw new FieldProblem(field, field + " '" + value + "' is not one of the codes " + codes.keySet().stream().sorted().toList());
        }
        return coded;
    }

    private static Instant date(JsonNode node, String field) {
        String value = optional(node, field);
        if (value == null) {
            return null;
        }
        try {
            LocalDateTime local = sourceDate(value);
            if (local.getYear() < 2000 || local.getYear() > 2100) {
                throw new FieldProblem(field, field + " '" + value + "' is outside the years 2000–2100");
            }
            return local.atZone(VIETNAM).toInstant();
        } catch (DateTimeException e) {
            throw new FieldProblem(field, field + " '" + value + "' is not a date in the form yyyyMMddHHmmss");
        }
    }

    /**
     * Fourteen ASCII digits are read as yyyyMMddHHmmss by hand and checked by {@link LocalDateTime#of},
     * which refuses what the strict formatter refuses (a 13th month, 30 February, hour 24); the
     * formatter's general parser took a tenth of the connector task's time. Anything else goes to
     * the formatter, which rejects it.
     */
    private static LocalDateTime sourceDate(String value) {
        if (value.length() != 14 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return LocalDateTime.parse(value, SOURCE_DATE);
        }
        return LocalDateTime.of(digits(value, 0, 4), digits(value, 4, 6), digits(value, 6, 8), digits(value, 8, 10), digits(value, 10, 12), digits(value, 12, 14));
    }

    private static int digits(String value, int from, int to) {
        int number = 0;
        for (int i = from; i < to; i++) {
            number = number * 10 + (value.charAt(i) - '0');
        }
        return number;
    }

    private static boolean flag(JsonNode node, String field) {
        return "1".equals(optional(node, field));
    }

    private static String required(JsonNode node, String field) {
        String value = optional(node, field);
        if (value == null) {
            throw new FieldProblem(field, field + " is missing");
        }
        return value;
    }

    private static String optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            throw new FieldProblem(field, field + " should be a text or number, not " + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    private static String raw(JsonNode node, String field) {
        return node.path(field).asText("");
    }



    /** A field that stops the line from being accepted; carries the field's name. */
    private static final class FieldProblem extends RuntimeException {
        private final String field;

        FieldProblem(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }
    }
}
