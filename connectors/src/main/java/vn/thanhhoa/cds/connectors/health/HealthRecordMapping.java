package vn.thanhhoa.cds.connectors.health;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Map;
import vn.thanhhoa.cds.connectors.EventId;
import vn.thanhhoa.cds.connectors.agency.CommuneCodes;
import vn.thanhhoa.cds.connectors.deadletter.Parsed;
import vn.thanhhoa.cds.connectors.folder.JsonLineMapping;
import vn.thanhhoa.cds.connectors.privacy.Adulthood;
import vn.thanhhoa.cds.connectors.privacy.IdentityNumber;
import vn.thanhhoa.cds.connectors.privacy.Pseudonymiser;
import vn.thanhhoa.cds.schemas.raw.HealthEventKind;
import vn.thanhhoa.cds.schemas.raw.HealthRecordEvent;

/**
 * One receipt of the health data gateway to a {@link HealthRecordEvent}. A line is the gateway's
 * receipt ({@code maGiaoDich}, {@code thoiGianTiepNhan}, {@code loaiHoSo} TAO_MOI / CAP_NHAT) around
 * the claim's summary table {@code TONG_HOP} (QĐ 130/QĐ-BYT field names). The XML carries no
 * created/updated time, so the receipt time is the event time. Visit type {@code MA_LOAI_KCB} 14
 * (KCB từ xa) is a telehealth consultation. {@code SO_CCCD} becomes a keyed-hash pseudonym here;
 * name, birth date and address are not copied.
 */
public final class HealthRecordMapping extends JsonLineMapping<HealthRecordEvent> {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter RECEIPT_TIME = DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter CLAIM_TIME = DateTimeFormatter.ofPattern("uuuuMMddHHmm").withResolverStyle(ResolverStyle.STRICT);
    private static final Map<String, HealthEventKind> KINDS = Map.of("TAO_MOI", HealthEventKind.RECORD_CREATED, "CAP_NHAT", HealthEventKind.RECORD_UPDATED);
    private static final String TELEHEALTH_VISIT = "14";

    private final CommuneCodes communes;
    private final Pseudonymiser pseudonymiser;

    public HealthRecordMapping(CommuneCodes communes, Pseudonymiser pseudonymiser) {
        this.communes = communes;
        this.pseudonymiser = pseudonymiser;
    }

    @Override
    protected Parsed<HealthRecordEvent> map(JsonNode node, String line, String file, long lineNumber) {
        JsonNode claim = node.path("TONG_HOP");
        if (!claim.isObject()) {
            return reject(file, lineNumber, "TONG_HOP", "TONG_HOP (the claim summary) is missing", line);
        }
        String receipt = text(node, "maGiaoDich");
        if (receipt == null) {
            return reject(file, lineNumber, "maGiaoDich", "maGiaoDich is missing", line);
        }
        Instant received;
        try {
            String value = text(node, "thoiGianTiepNhan");
            if (value == null) {
                return reject(file, lineNumber, "thoiGianTiepNhan", "thoiGianTiepNhan is missing", line);
            }
            received = LocalDateTime.parse(value, RECEIPT_TIME).atZone(VIETNAM).toInstant();
        } catch (DateTimeParseException e) {
            return reject(file, lineNumber, "thoiGianTiepNhan", "thoiGianTiepNhan '" + text(node, "thoiGianTiepNhan") + "' is not a date in the form yyyyMMddHHmmss", line);
        }
        String admitted = text(claim, "NGAY_VAO");
        if (admitted != null) {
            try {
                LocalDateTime.parse(admitted, CLAIM_TIME);
            } catch (DateTimeParseException e) {
                return reject(file, lineNumber, "TONG_HOP.NGAY_VAO", "NGAY_VAO '" + admitted + "' is not a date in the form yyyyMMddHHmm", line);
            }
        }
        String visitType = text(claim, "MA_LOAI_KCB");
        HealthEventKind kind;
        if (TELEHEALTH_VISIT.equals(visitType)) {
            kind = HealthEventKind.TELEHEALTH_CONSULTATION;
        } else {
            kind = KINDS.get(String.valueOf(text(node, "loaiHoSo")));
            if (kind == null) {
                return reject(file, lineNumber, "loaiHoSo", "loaiHoSo '" + text(node, "loaiHoSo") + "' is neither TAO_MOI nor CAP_NHAT", line);
            }
        }
        String person = text(claim, "SO_CCCD");
        if (person == null || !IdentityNumber.isPlausible(person)) {
            return reject(file, lineNumber, "TONG_HOP.SO_CCCD", person == null ? "SO_CCCD is missing: the person cannot be counted"
                    : "SO_CCCD is not an identity number (6–20 letters or digits, spaces, dots or dashes between groups)", line);
        }
        String commune = text(claim, "MAXA_CU_TRU");
        LocalDate onDate = LocalDate.ofInstant(received, VIETNAM);
        if (commune == null || !communes.isValid(commune, onDate)) {
            return reject(file, lineNumber, "TONG_HOP.MAXA_CU_TRU", "MAXA_CU_TRU '" + commune + "' is not a commune of the province on " + onDate, line);
        }
        String pseudonym = pseudonymiser.pseudonym(person);
        HealthRecordEvent event = HealthRecordEvent.newBuilder()
                .setEventId(EventId.of("health", receipt))
                .setPersonPseudonym(pseudonym)
                .setAdult(Adulthood.fromBirthDate(text(claim, "NGAY_SINH"), onDate))
                .setKind(kind)
                .setCommuneCode(commune)
                .setFacilityCode(text(claim, "MA_CSKCB"))
                .setOccurredAt(received)
                .setSourceLocation(file + ":" + lineNumber)
                .build();
        return new Parsed.Accepted<>(pseudonym, event);
    }



}
