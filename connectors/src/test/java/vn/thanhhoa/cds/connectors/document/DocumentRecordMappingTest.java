package vn.thanhhoa.cds.connectors.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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
import vn.thanhhoa.cds.schemas.raw.DocumentDirection;
import vn.thanhhoa.cds.schemas.raw.DocumentRecorded;

public class DocumentRecordMappingTest {

    /** The SOURCE_FORMATS.md edXML example, with the local qlvb block of the receiving commune office. */
    public static final String DOCUMENT = """
            {"header":{"messageheader":{"from":{"organid":"000.00.00.H56","organname":"UBND tỉnh Thanh Hóa"},\
            "toes":[{"organid":"000.20.43.H56","organname":"UBND xã Nga Sơn"}],"code":{"codenumber":"1234","codenotation":"UBND-KSTTHC"},\
            "promulgationinfo":{"place":"Thanh Hóa","promulgationdate":"2025-08-05"},"documenttype":{"type":"1","typename":"Công văn"},\
            "subject":"V/v nâng tỷ lệ hồ sơ trực tuyến","steeringtype":"2","documentid":"000.00.00.H56,2025/08/05,1234"}},\
            "status":{"statuscode":"03","timestamp":"2025-08-05T10:01:00+07:00"},\
            "qlvb":{"donvi":"000.20.43.H56","huong":"DEN","domat":"0","xulytrenmang":"1","kysochu":"0"}}""";

    @TempDir
    Path temp;

    private DocumentRecordMapping mapping;

    @BeforeEach
    void createMapping() throws Exception {
        Path offices = ReferenceFiles.yenNinhOffice(temp.resolve("offices.csv"));
        mapping = new DocumentRecordMapping(AgencyCommuneMapping.read(offices, "agency.mapping.file"));
    }

    @Test
    void theEnvelopeAndTheLocalBlockMapFieldByField() {
        Parsed<DocumentRecorded> parsed = mapping.map(DOCUMENT, "van-ban-2025-08.jsonl", 4);

        assertThat(parsed).isInstanceOf(Parsed.Accepted.class);
        DocumentRecorded document = ((Parsed.Accepted<DocumentRecorded>) parsed).value();
        assertThat(document.getDocumentId()).isEqualTo("000.00.00.H56,2025/08/05,1234");
        assertThat(document.getDirection()).isEqualTo(DocumentDirection.INCOMING);
        assertThat(document.getCodeNumber()).isEqualTo("1234/UBND-KSTTHC");
        assertThat(document.getDocumentType()).isEqualTo("Công văn");
        assertThat(document.getSenderOrganId()).isEqualTo("000.00.00.H56");
        assertThat(document.getCommuneCode()).isEqualTo("15442");
        assertThat(document.getSecret()).isFalse();
        assertThat(document.getProcessedElectronically()).isTrue();
        assertThat(document.getDigitallySigned()).isFalse();
        assertThat(document.getStatusCode()).isEqualTo("03");
        assertThat(document.getRecordedAt()).isEqualTo(Instant.parse("2025-08-05T03:01:00Z"));
        assertThat(document.getPromulgatedAt()).isEqualTo(Instant.parse("2025-08-04T17:00:00Z"));
    }

    static Stream<Arguments> malformedDocuments() {
        return Stream.of(
                Arguments.of("truncated JSON", DOCUMENT.substring(0, 100), null, "not valid JSON"),
                Arguments.of("no document id", DOCUMENT.replace("\"documentid\":\"000.00.00.H56,2025/08/05,1234\"", "\"documentid\":\"\""), "header.messageheader.documentid", "documentid is missing"),
                Arguments.of("no sender", DOCUMENT.replace("\"from\":{\"organid\":\"000.00.00.H56\",", "\"from\":{"), "header.messageheader.from.organid", "organid is missing"),
                Arguments.of("unknown direction", DOCUMENT.replace("\"huong\":\"DEN\"", "\"huong\":\"LEN\""), "qlvb.huong", "neither DEN"),
                Arguments.of("timestamp without offset", DOCUMENT.replace("2025-08-05T10:01:00+07:00", "2025-08-05T10:01:00"), "status.timestamp", "ISO date-time with offset"),
                Arguments.of("no timestamp", DOCUMENT.replace(",\"timestamp\":\"2025-08-05T10:01:00+07:00\"", ""), "status.timestamp", "status.timestamp is missing"),
                Arguments.of("unknown status", DOCUMENT.replace("\"statuscode\":\"03\"", "\"statuscode\":\"07\""), "status.statuscode", "not an edXML status"),
                Arguments.of("impossible promulgation date", DOCUMENT.replace("\"promulgationdate\":\"2025-08-05\"", "\"promulgationdate\":\"2025-02-30\""),
                        "header.messageheader.promulgationinfo.promulgationdate", "not a date"),
                Arguments.of("office of no commune", DOCUMENT.replace("\"donvi\":\"000.20.43.H56\"", "\"donvi\":\"000.99.99.H56\""), "qlvb.donvi", "not mapped to any commune on 2025-08-05"),
                Arguments.of("office before its unit existed", DOCUMENT.replace("2025-08-05T10:01:00+07:00", "2025-05-05T10:01:00+07:00"), "qlvb.donvi", "on 2025-05-05"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedDocuments")
    void aMalformedDocumentIsRejectedNamingTheField(String fault, String line, String field, String reason) {
        Parsed<DocumentRecorded> parsed = mapping.map(line, "van-ban-2025-08.jsonl", 9);

        assertThat(parsed).as(fault).isInstanceOf(Parsed.Rejected.class);
        var rejection = ((Parsed.Rejected<DocumentRecorded>) parsed).rejection();
        assertThat(rejection.line()).isEqualTo(9);
        assertThat(rejection.field()).isEqualTo(field);
        assertThat(rejection.reason()).contains(reason);
    }

    @Test
    void aSecretLevelMarksTheDocumentSecret() {
        DocumentRecorded document = ((Parsed.Accepted<DocumentRecorded>) mapping.map(DOCUMENT.replace("\"domat\":\"0\"", "\"domat\":\"2\""), "f", 1)).value();
        assertThat(document.getSecret()).isTrue();
    }
}
