package vn.thanhhoa.cds.connectors.tthc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thanhhoa.cds.connectors.agency.AgencyCommuneMapping;
import vn.thanhhoa.cds.connectors.deadletter.Parsed;
import vn.thanhhoa.cds.connectors.privacy.PseudonymKey;
import vn.thanhhoa.cds.connectors.privacy.Pseudonymiser;
import vn.thanhhoa.cds.connectors.testbed.RawIdentifiers;
import vn.thanhhoa.cds.schemas.raw.DossierStatusChanged;
import vn.thanhhoa.cds.schemas.raw.ReceivingChannel;
import vn.thanhhoa.cds.schemas.raw.ServiceLevel;

public class DossierRecordMappingTest {

    /** The example record of SOURCE_FORMATS.md (national portal sync fields), agency 000.20.43.H56. */
    public static final String EXAMPLE = """
            {"MaHoSo":"000.20.43.H56-250805-00012","MaTTHC":"1.000894.000.00.00.H56","TenTTHC":"(illustrative)",\
            "KenhThucHien":"2","LoaiDoiTuong":"1","DinhDanhCHS":[{"LoaiDinhDanh":"1","SoDinhDanh":"038090001234"}],\
            "NgayNopHoSo":"20250805081500","NgayTiepNhan":"20250805090210","NgayHenTra":"20250808170000",\
            "NgayKetThucXuLy":"20250807153000","NgayTra":"20250808083000","TrangThaiHoSo":"10","HinhThuc":"0",\
            "DonViXuLy":"UBND xã Nga Sơn","NoiNopHoSo":"2","HoSoCoThanhPhanSoHoa":"1","TaiKhoanDuocXacThucVoiVNeID":"1",\
            "DuocThanhToanTrucTuyen":"1","MucDo":"4","DanhSachLePhi":[{"TenPhiLePhi":"Lệ phí","MaPhiLePhi":"1","HinhThucThu":"1","Gia":"8000","LoaiPhiLePhi":"1"}],\
            "TaiLieuNop":[{"TenTepDinhKem":"to_khai.pdf","MaThanhPhanHoSo":"TK01","DuocSoHoa":"1","DuocTaiSuDung":"0","DuocLayTuKhoDMQG":"0"}],\
            "DanhSachGiayToKetQua":[{"TenGiayTo":"ket_qua.pdf","MaGiayToKetQua":"KQ01"}]}""";

    @TempDir
    Path temp;

    private DossierRecordMapping mapping;

    @BeforeEach
    void createMapping() throws Exception {
        Path agencies = Files.writeString(temp.resolve("agencies.csv"), """
                agency_code,commune_code,valid_from,valid_to
                000.20.43.H56,15451,2020-01-01,2025-06-30
                000.20.43.H56,15442,2025-07-01,
                """);
        byte[] secret = new byte[32];
        new Random(7).nextBytes(secret);
        mapping = new DossierRecordMapping(AgencyCommuneMapping.read(agencies, "agency.mapping.file"),
                new Pseudonymiser(new PseudonymKey("k1", secret)));
    }

    @Test
    void theSourceFormatsExampleMapsFieldByField() {
        Parsed<DossierStatusChanged> parsed = mapping.map(EXAMPLE, "dossiers-2025-08.jsonl", 3);

        assertThat(parsed).isInstanceOf(Parsed.Accepted.class);
        Parsed.Accepted<DossierStatusChanged> accepted = (Parsed.Accepted<DossierStatusChanged>) parsed;
        DossierStatusChanged dossier = accepted.value();
        assertThat(accepted.key()).isEqualTo("000.20.43.H56-250805-00012");
        assertThat(dossier.getChannel()).isEqualTo(ReceivingChannel.ONLINE);
        assertThat(dossier.getServiceLevel()).isEqualTo(ServiceLevel.FULLY_ONLINE);
        assertThat(dossier.getStatus()).isEqualTo(10);
        // 2025-08-05 08:15:00 in Hà Nội time is 01:15:00 UTC.
        assertThat(dossier.getSubmittedAt()).isEqualTo(Instant.parse("2025-08-05T01:15:00Z"));
        assertThat(dossier.getDueAt()).isEqualTo(Instant.parse("2025-08-08T10:00:00Z"));
        assertThat(dossier.getChangedAt()).isEqualTo(Instant.parse("2025-08-08T01:30:00Z"));
        assertThat(dossier.getHasDigitisedComponents()).isTrue();
        assertThat(dossier.getHasElectronicResult()).isTrue();
        assertThat(dossier.getReusedData()).isFalse();
        assertThat(dossier.getSubmittedFiles()).isEqualTo(1);
        assertThat(dossier.getReusedFiles()).isZero();
        assertThat(dossier.getPaidOnline()).isTrue();
        assertThat(dossier.getVneidVerified()).isTrue();
        assertThat(dossier.getHasFees()).isTrue();
        assertThat(dossier.getAgencyCode()).isEqualTo("000.20.43.H56");
        // After 1 July 2025 the agency serves the new unit.
        assertThat(dossier.getCommuneCode()).isEqualTo("15442");
        assertThat(dossier.getSourceLocation()).isEqualTo("dossiers-2025-08.jsonl:3");
        assertThat(dossier.getApplicantPseudonym()).startsWith("k1:").doesNotContain("038090001234");
        assertThat(dossier.toString()).doesNotContain("038090001234");
    }

    @Test
    void aLeapDayAndTheLastSecondOfADayAreDates() {
        String leapDay = EXAMPLE.replace("20250805081500", "20240229235959").replace("20250805090210", "20240301000000");

        DossierStatusChanged dossier = accepted(mapping.map(leapDay, "a", 1));

        // Hà Nội time is UTC+7 all year.
        assertThat(dossier.getSubmittedAt()).isEqualTo(Instant.parse("2024-02-29T16:59:59Z"));
        assertThat(dossier.getReceivedAt()).isEqualTo(Instant.parse("2024-02-29T17:00:00Z"));
    }

    @Test
    void submittedFilesTakenFromHeldDataAreCountedOneByOne() {
        String threeFiles = EXAMPLE.replace("\"TaiLieuNop\":[", """
                "TaiLieuNop":[{"TenTepDinhKem":"cccd.pdf","DuocTaiSuDung":"1"},{"TenTepDinhKem":"dkkd.pdf","DuocTaiSuDung":"0","DuocLayTuKhoDMQG":"1"},""");

        DossierStatusChanged dossier = accepted(mapping.map(threeFiles, "a", 1));

        assertThat(dossier.getSubmittedFiles()).isEqualTo(3);
        assertThat(dossier.getReusedFiles()).isEqualTo(2);
        assertThat(dossier.getReusedData()).isTrue();
    }

    @Test
    void theSameIdentifierGivesTheSamePseudonymAndAnotherKeyAnother() {
        DossierStatusChanged first = accepted(mapping.map(EXAMPLE, "a", 1));
        DossierStatusChanged again = accepted(mapping.map(EXAMPLE.replace("-00012\"", "-00013\""), "a", 2));
        assertThat(again.getApplicantPseudonym()).isEqualTo(first.getApplicantPseudonym());

        byte[] otherSecret = Base64.getDecoder().decode("c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3JldC0xMjM0NTY3OA==");
        String rotated = new Pseudonymiser(new PseudonymKey("k2", otherSecret)).pseudonym("038090001234");
        assertThat(rotated).startsWith("k2:").isNotEqualTo(first.getApplicantPseudonym());
    }

    static Stream<Arguments> malformedLines() {
        return Stream.of(
                Arguments.of("truncated JSON", EXAMPLE.substring(0, EXAMPLE.indexOf("038090001234") + 12), null, "not valid JSON"),
                Arguments.of("an array, not an object", "[1,2,\"038 090 001 234\"]", null, "one JSON object per line"),
                Arguments.of("missing MaHoSo", EXAMPLE.replace("\"MaHoSo\":\"000.20.43.H56-250805-00012\",", ""), "MaHoSo", "MaHoSo is missing"),
                Arguments.of("missing MaTTHC", EXAMPLE.replace("\"MaTTHC\":\"1.000894.000.00.00.H56\",", ""), "MaTTHC", "MaTTHC is missing"),
                Arguments.of("unknown channel", EXAMPLE.replace("\"KenhThucHien\":\"2\"", "\"KenhThucHien\":\"7\""), "KenhThucHien", "'7' is not one of the codes [1, 2, 3]"),
                Arguments.of("status out of range", EXAMPLE.replace("\"TrangThaiHoSo\":\"10\"", "\"TrangThaiHoSo\":\"11\""), "TrangThaiHoSo", "not a status code 1–10"),
                Arguments.of("status of the wrong type", EXAMPLE.replace("\"TrangThaiHoSo\":\"10\"", "\"TrangThaiHoSo\":{\"x\":1}"), "TrangThaiHoSo", "should be a text or number"),
                Arguments.of("the 13th month", EXAMPLE.replace("20250805081500", "20251305081500"), "NgayNopHoSo", "not a date in the form yyyyMMddHHmmss"),
                Arguments.of("30 February", EXAMPLE.replace("20250805081500", "20250230081500"), "NgayNopHoSo", "not a date in the form yyyyMMddHHmmss"),
                Arguments.of("29 February of 2025, no leap year", EXAMPLE.replace("20250805081500", "20250229081500"), "NgayNopHoSo", "not a date in the form yyyyMMddHHmmss"),
                Arguments.of("31 April", EXAMPLE.replace("20250805081500", "20250431081500"), "NgayNopHoSo", "not a date in the form yyyyMMddHHmmss"),
                Arguments.of("day 0", EXAMPLE.replace("20250805081500", "20250800081500"), "NgayNopHoSo", "not a date in the form yyyyMMddHHmmss"),
                Arguments.of("hour 24", EXAMPLE.replace("20250805081500", "20250805241500"), "NgayNopHoSo", "not a date in the form yyyyMMddHHmmss"),
                Arguments.of("minute 60", EXAMPLE.replace("20250805081500", "20250805086000"), "NgayNopHoSo", "not a date in the form yyyyMMddHHmmss"),
                Arguments.of("second 60", EXAMPLE.replace("20250805081500", "20250805081560"), "NgayNopHoSo", "not a date in the form yyyyMMddHHmmss"),
                Arguments.of("13 digits", EXAMPLE.replace("20250805081500", "2025080508150"), "NgayNopHoSo", "not a date in the form yyyyMMddHHmmss"),
                Arguments.of("ISO form", EXAMPLE.replace("20250805081500", "2025-08-05T08:15"), "NgayNopHoSo", "not a date in the form yyyyMMddHHmmss"),
                Arguments.of("Arabic-Indic digits", EXAMPLE.replace("20250805081500", "٢٠٢٥٠٨٠٥٠٨١٥٠٠"), "NgayNopHoSo", "not a date in the form yyyyMMddHHmmss"),
                Arguments.of("year 1900", EXAMPLE.replace("20250805081500", "19000805081500"), "NgayNopHoSo", "outside the years 2000–2100"),
                Arguments.of("finished before submitted", EXAMPLE.replace("20250807153000", "20250801153000"), "NgayKetThucXuLy", "before the dossier was submitted"),
                Arguments.of("unknown agency", EXAMPLE.replace("000.20.43.H56-", "000.99.99.H56-"), "MaDonViXuLy", "agency 000.99.99.H56 is not mapped to any commune on 2025-08-05"),
                Arguments.of("agency not yet valid", EXAMPLE.replace("20250805081500", "20190805081500").replace("20250805090210", "20190805090210"), "MaDonViXuLy", "not mapped to any commune on 2019-08-05"),
                Arguments.of("unknown rating", EXAMPLE.replace("\"MucDo\":\"4\"", "\"MucDo\":\"4\",\"DanhGiaHaiLong\":{\"DanhGia\":\"TẠM ĐƯỢC\"}"), "DanhGiaHaiLong", "is none of"),
                Arguments.of("no date at all", "{\"MaHoSo\":\"000.20.43.H56-250805-1\",\"MaTTHC\":\"x\",\"KenhThucHien\":\"1\",\"TrangThaiHoSo\":\"2\","
                        + "\"TrichYeuHoSo\":\"Chứng thực cho bà Lê Thị Hoa, CCCD 038.090.001.234\"}", "NgayNopHoSo", "no date at all"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedLines")
    void aMalformedLineIsRejectedNamingTheFieldAndTheLine(String fault, String line, String field, String reason) {
        Parsed<DossierStatusChanged> parsed = mapping.map(line, "dossiers-2025-08.jsonl", 41);

        assertThat(parsed).as(fault).isInstanceOf(Parsed.Rejected.class);
        var rejection = ((Parsed.Rejected<DossierStatusChanged>) parsed).rejection();
        assertThat(rejection.file()).isEqualTo("dossiers-2025-08.jsonl");
        assertThat(rejection.line()).isEqualTo(41);
        assertThat(rejection.field()).isEqualTo(field);
        assertThat(rejection.reason()).contains(reason);
        RawIdentifiers identifiers = new RawIdentifiers(List.of("038090001234"));
        assertThat(identifiers.in(line)).as("the line carries the applicant's number, so the mask has something to hide").isNotEmpty();
        var letter = rejection.toDeadLetter("tthc", "c", Instant.EPOCH);
        assertThat(identifiers.in(letter.getExcerpt() + " " + letter.getReason() + " " + letter.getRecordId())).isEmpty();
    }



    private static DossierStatusChanged accepted(Parsed<DossierStatusChanged> parsed) {
        assertThat(parsed).isInstanceOf(Parsed.Accepted.class);
        return ((Parsed.Accepted<DossierStatusChanged>) parsed).value();
    }
}
