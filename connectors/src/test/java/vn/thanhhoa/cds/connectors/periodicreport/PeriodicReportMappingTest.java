package vn.thanhhoa.cds.connectors.periodicreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thanhhoa.cds.connectors.agency.AgencyCommuneMapping;
import vn.thanhhoa.cds.connectors.deadletter.Parsed;
import vn.thanhhoa.cds.connectors.testbed.ReferenceFiles;
import vn.thanhhoa.cds.connectors.deadletter.Rejection;
import vn.thanhhoa.cds.schemas.raw.FilingChannel;
import vn.thanhhoa.cds.schemas.raw.PeriodicReportFiled;

public class PeriodicReportMappingTest {

    /** Xã Yên Ninh's September socio-economic report, filed on the province reporting system two days early. */
    public static final String REPORT = """
            {"maBaoCao":"BC-000.20.43.H56-KTXH_THANG-2026-09","donViBaoCao":"000.20.43.H56",\
            "cheDoBaoCao":{"ma":"KTXH_THANG","ten":"Báo cáo tình hình kinh tế - xã hội tháng"},"kyBaoCao":"2026-09",\
            "hanNop":"2026-09-20","mat":false,"hinhThucNop":"HE_THONG","ngayNop":"2026-09-18T16:05:00+07:00",\
            "capNhatLuc":"2026-09-18T16:05:30+07:00"}""";

    @TempDir
    Path temp;

    private PeriodicReportMapping mapping;

    @BeforeEach
    void createMapping() throws Exception {
        Path offices = ReferenceFiles.yenNinhOffice(temp.resolve("offices.csv"));
        mapping = new PeriodicReportMapping(AgencyCommuneMapping.read(offices, "agency.mapping.file"));
    }

    @Test
    void aFiledReportMapsFieldByField() {
        Parsed<PeriodicReportFiled> parsed = mapping.map(REPORT, "bao-cao-dinh-ky-2026-09.jsonl", 3);

        assertThat(((Parsed.Accepted<PeriodicReportFiled>) parsed).key()).isEqualTo("BC-000.20.43.H56-KTXH_THANG-2026-09");
        PeriodicReportFiled report = ((Parsed.Accepted<PeriodicReportFiled>) parsed).value();
        assertThat(report.getCommuneCode()).isEqualTo("15442");
        assertThat(report.getRegimeCode()).isEqualTo("KTXH_THANG");
        assertThat(report.getRegimeName()).isEqualTo("Báo cáo tình hình kinh tế - xã hội tháng");
        assertThat(report.getPeriod()).isEqualTo("2026-09");
        assertThat(report.getDueDate()).isEqualTo(LocalDate.of(2026, 9, 20));
        assertThat(report.getSecret()).isFalse();
        assertThat(report.getChannel()).isEqualTo(FilingChannel.PROVINCIAL_SYSTEM);
        assertThat(report.getFiledAt()).isEqualTo(Instant.parse("2026-09-18T09:05:00Z"));
        assertThat(report.getSourceLocation()).isEqualTo("bao-cao-dinh-ky-2026-09.jsonl:3");
    }

    @Test
    void anObligationNotYetFiledAndPeriodsOfEveryLength() {
        String open = REPORT.replace(",\"hinhThucNop\":\"HE_THONG\",\"ngayNop\":\"2026-09-18T16:05:00+07:00\"", "").replace(",\"mat\":false", "");
        PeriodicReportFiled report = ((Parsed.Accepted<PeriodicReportFiled>) mapping.map(open, "f", 1)).value();
        assertThat(report.getChannel()).isEqualTo(FilingChannel.NOT_FILED);
        assertThat(report.getFiledAt()).isNull();
        assertThat(report.getSecret()).as("absent means not secret").isFalse();

        for (String period : new String[] {"2026-Q3", "2026-H2", "2026"}) {
            assertThat(mapping.map(REPORT.replace("\"kyBaoCao\":\"2026-09\"", "\"kyBaoCao\":\"" + period + "\""), "f", 1)).as(period).isInstanceOf(Parsed.Accepted.class);
        }
        assertThat(((Parsed.Accepted<PeriodicReportFiled>) mapping.map(REPORT.replace("HE_THONG", "GIAY"), "f", 1)).value().getChannel())
                .isEqualTo(FilingChannel.PAPER);
        assertThat(((Parsed.Accepted<PeriodicReportFiled>) mapping.map(REPORT.replace("\"mat\":false", "\"mat\":true"), "f", 1)).value().getSecret()).isTrue();
    }

    static Stream<Arguments> malformedReports() {
        return Stream.of(
                Arguments.of("no id", REPORT.replace("\"maBaoCao\":\"BC-000.20.43.H56-KTXH_THANG-2026-09\",", ""), "maBaoCao", "maBaoCao is missing"),
                Arguments.of("no regime", REPORT.replace("\"ma\":\"KTXH_THANG\",", ""), "cheDoBaoCao.ma", "cheDoBaoCao.ma is missing"),
                Arguments.of("thirteenth month", REPORT.replace("\"kyBaoCao\":\"2026-09\"", "\"kyBaoCao\":\"2026-13\""), "kyBaoCao", "'2026-13' is not a period"),
                Arguments.of("fifth quarter", REPORT.replace("\"kyBaoCao\":\"2026-09\"", "\"kyBaoCao\":\"2026-Q5\""), "kyBaoCao", "'2026-Q5' is not a period"),
                Arguments.of("no due date", REPORT.replace("\"hanNop\":\"2026-09-20\",", ""), "hanNop", "hanNop is missing"),
                Arguments.of("impossible due date", REPORT.replace("2026-09-20", "2026-09-31"), "hanNop", "'2026-09-31' is not a date"),
                Arguments.of("office of no commune", REPORT.replace("\"donViBaoCao\":\"000.20.43.H56\"", "\"donViBaoCao\":\"000.99.99.H56\""), "donViBaoCao", "not mapped to any commune on 2026-09-20"),
                Arguments.of("secret flag as text", REPORT.replace("\"mat\":false", "\"mat\":\"không\""), "mat", "'không' is not true or false"),
                Arguments.of("unknown channel", REPORT.replace("HE_THONG", "FAX"), "hinhThucNop", "'FAX' is not HE_THONG, GIAY or THU_DIEN_TU"),
                Arguments.of("filed without date", REPORT.replace(",\"ngayNop\":\"2026-09-18T16:05:00+07:00\"", ""), "ngayNop", "needs ngayNop"),
                Arguments.of("date without channel", REPORT.replace("\"hinhThucNop\":\"HE_THONG\",", ""), "hinhThucNop", "ngayNop is set but hinhThucNop is missing"),
                Arguments.of("date without offset", REPORT.replace("2026-09-18T16:05:00+07:00", "2026-09-18 16:05"), "ngayNop", "not an ISO date-time with offset"),
                Arguments.of("no update time", REPORT.replace(",\"capNhatLuc\":\"2026-09-18T16:05:30+07:00\"", ""), "capNhatLuc", "capNhatLuc is missing"),
                Arguments.of("an array, not an object", "[" + REPORT + "]", null, "expected one JSON object per line"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedReports")
    void aMalformedReportIsRejectedNamingTheField(String fault, String line, String field, String reason) {
        Parsed<PeriodicReportFiled> parsed = mapping.map(line, "bao-cao-dinh-ky-2026-09.jsonl", 12);

        assertThat(parsed).as(fault).isInstanceOf(Parsed.Rejected.class);
        Rejection rejection = ((Parsed.Rejected<PeriodicReportFiled>) parsed).rejection();
        assertThat(rejection.line()).isEqualTo(12);
        assertThat(rejection.field()).isEqualTo(field);
        assertThat(rejection.reason()).contains(reason);
    }
}
