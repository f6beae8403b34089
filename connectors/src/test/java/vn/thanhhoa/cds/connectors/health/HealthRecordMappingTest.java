package vn.thanhhoa.cds.connectors.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thanhhoa.cds.connectors.agency.CommuneCodes;
import vn.thanhhoa.cds.connectors.deadletter.Parsed;
import vn.thanhhoa.cds.connectors.privacy.PseudonymKey;
import vn.thanhhoa.cds.connectors.privacy.Pseudonymiser;
import vn.thanhhoa.cds.connectors.testbed.RawIdentifiers;
import vn.thanhhoa.cds.schemas.raw.HealthEventKind;
import vn.thanhhoa.cds.schemas.raw.HealthRecordEvent;

public class HealthRecordMappingTest {

    /** A gateway receipt around the SOURCE_FORMATS.md XML1 example, dated before the reform (16093 is a pre-2025-07-01 code). */
    public static final String RECEIPT = """
            {"maGiaoDich":"GD25080500012","thoiGianTiepNhan":"20250605093000","loaiHoSo":"TAO_MOI","TONG_HOP":\
            {"MA_LK":"2508050012","MA_BN":"BN250001","HO_TEN":"NGUYEN VAN A","NGAY_SINH":"198003150000","GIOI_TINH":1,\
            "SO_CCCD":"038080001234","MATINH_CU_TRU":"38","MAXA_CU_TRU":"16093","MA_THE_BHYT":"GD4383812345678",\
            "MA_CSKCB":"38001","MA_LOAI_KCB":"01","NGAY_VAO":"202506050730","NGAY_RA":"202506050815","MA_BENH_CHINH":"I10"}}""";

    @TempDir
    Path temp;

    private HealthRecordMapping mapping;

    @BeforeEach
    void createMapping() throws Exception {
        Path communes = Files.writeString(temp.resolve("communes.csv"), """
                commune_code,valid_from,valid_to
                16093,2008-01-01,2025-06-30
                15442,2025-07-01,
                """);
        byte[] secret = new byte[32];
        new Random(3).nextBytes(secret);
        mapping = new HealthRecordMapping(CommuneCodes.read(communes, "commune.codes.file"), new Pseudonymiser(new PseudonymKey("h1", secret)));
    }

    @Test
    void aReceiptMapsToAPseudonymisedEventOfTheCommuneOfResidence() {
        Parsed<HealthRecordEvent> parsed = mapping.map(RECEIPT, "hssk-2025-08.jsonl", 7);

        assertThat(parsed).isInstanceOf(Parsed.Accepted.class);
        HealthRecordEvent event = ((Parsed.Accepted<HealthRecordEvent>) parsed).value();
        assertThat(((Parsed.Accepted<HealthRecordEvent>) parsed).key()).isEqualTo(event.getPersonPseudonym());
        assertThat(event.getKind()).isEqualTo(HealthEventKind.RECORD_CREATED);
        assertThat(event.getCommuneCode()).isEqualTo("16093");
        assertThat(event.getFacilityCode()).isEqualTo("38001");
        assertThat(event.getOccurredAt()).isEqualTo(Instant.parse("2025-06-05T02:30:00Z"));
        assertThat(event.getPersonPseudonym()).startsWith("h1:");
        assertThat(event.getAdult()).as("born 1980, adult in 2025; the birth date itself is not copied").isTrue();
        assertThat(event.toString()).doesNotContain("19800315").doesNotContain("038080001234").doesNotContain("NGUYEN VAN A").doesNotContain("GD4383812345678");
    }

    @Test
    void visitType14IsATelehealthConsultation() {
        HealthRecordEvent event = ((Parsed.Accepted<HealthRecordEvent>) mapping.map(RECEIPT.replace("\"MA_LOAI_KCB\":\"01\"", "\"MA_LOAI_KCB\":\"14\""), "f", 1)).value();
        assertThat(event.getKind()).isEqualTo(HealthEventKind.TELEHEALTH_CONSULTATION);
    }

    static Stream<Arguments> malformedReceipts() {
        return Stream.of(
                Arguments.of("truncated JSON", RECEIPT.substring(0, RECEIPT.indexOf("038080001234") + 12), null, "not valid JSON"),
                Arguments.of("no claim summary", "{\"maGiaoDich\":\"x\",\"thoiGianTiepNhan\":\"20250805093000\",\"ghiChu\":\"CCCD 038 080 001 234\"}", "TONG_HOP", "TONG_HOP"),
                Arguments.of("no receipt id", RECEIPT.replace("\"maGiaoDich\":\"GD25080500012\",", ""), "maGiaoDich", "maGiaoDich is missing"),
                Arguments.of("13th month", RECEIPT.replace("20250605093000", "20251305093000"), "thoiGianTiepNhan", "yyyyMMddHHmmss"),
                Arguments.of("bad admission time", RECEIPT.replace("202506050730", "2025-06-05"), "TONG_HOP.NGAY_VAO", "yyyyMMddHHmm"),
                Arguments.of("unknown receipt type", RECEIPT.replace("TAO_MOI", "XOA"), "loaiHoSo", "neither TAO_MOI nor CAP_NHAT"),
                Arguments.of("no identity number", RECEIPT.replace("\"SO_CCCD\":\"038080001234\",", ""), "TONG_HOP.SO_CCCD", "SO_CCCD is missing"),
                Arguments.of("identity number that is words", RECEIPT.replace("038080001234", "chưa có CCCD, GD4383812345678"), "TONG_HOP.SO_CCCD", "not an identity number"),
                Arguments.of("unknown commune", RECEIPT.replace("\"16093\"", "\"99999\""), "TONG_HOP.MAXA_CU_TRU", "'99999' is not a commune of the province on 2025-06-05"),
                Arguments.of("old code after the reform", RECEIPT.replace("20250605093000", "20250905093000"),
                        "TONG_HOP.MAXA_CU_TRU", "'16093' is not a commune of the province on 2025-09-05"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedReceipts")
    void aMalformedReceiptIsRejectedNamingTheFieldAndTheLine(String fault, String line, String field, String reason) {
        Parsed<HealthRecordEvent> parsed = mapping.map(line, "hssk-2025-08.jsonl", 12);

        assertThat(parsed).as(fault).isInstanceOf(Parsed.Rejected.class);
        var rejection = ((Parsed.Rejected<HealthRecordEvent>) parsed).rejection();
        assertThat(rejection.line()).isEqualTo(12);
        assertThat(rejection.field()).isEqualTo(field);
        assertThat(rejection.reason()).contains(reason);
        RawIdentifiers identifiers = new RawIdentifiers(List.of("038080001234", "GD4383812345678"));
        assertThat(identifiers.in(line)).as("the line carries an identifier, so the mask has something to hide").isNotEmpty();
        var letter = rejection.toDeadLetter("health", "c", Instant.EPOCH);
        assertThat(identifiers.in(letter.getExcerpt() + " " + letter.getReason() + " " + letter.getRecordId())).isEmpty();
        assertThat(letter.getExcerpt()).doesNotContain("NGUYEN VAN A");
    }
}
