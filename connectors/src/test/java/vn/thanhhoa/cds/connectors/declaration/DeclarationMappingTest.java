package vn.thanhhoa.cds.connectors.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thanhhoa.cds.connectors.agency.CommuneCodes;
import vn.thanhhoa.cds.connectors.deadletter.Parsed;
import vn.thanhhoa.cds.schemas.raw.Declaration;

public class DeclarationMappingTest {

    /** Xã Vĩnh Lộc (15349) declares 2026 item 1 (the DX plan) as met, with its plan as evidence (seed 004). */
    public static final String DECLARATION = """
            {"maXa":"15349","boChiTieu":"2026","maChiTieu":"1","nam":2026,"dat":true,\
            "minhChung":[{"ten":"Kế hoạch Chuyển đổi số năm 2026","thamChieu":"KH/UBND-VL 2026"}],\
            "nguoiKeKhai":"vanhoa.vinhloc","thoiGian":"2026-01-20T08:30:00+07:00"}""";

    @TempDir
    Path temp;

    private DeclarationMapping mapping;

    @BeforeEach
    void createMapping() throws Exception {
        Path communes = Files.writeString(temp.resolve("communes.csv"), "commune_code,valid_from,valid_to\n15349,2025-07-01,\n");
        mapping = new DeclarationMapping(CommuneCodes.read(communes, "commune.codes.file"));
    }

    @Test
    void aDeclarationWithEvidenceIsAccepted() {
        Parsed.Accepted<Declaration> accepted = (Parsed.Accepted<Declaration>) mapping.map(DECLARATION, "ke-khai.jsonl", 1);

        assertThat(accepted.key()).isEqualTo("15349|2026|1|2026");
        assertThat(accepted.value().getMet()).isTrue();
        assertThat(accepted.value().getValue()).isNull();
        assertThat(accepted.value().getEvidence()).singleElement().satisfies(evidence -> {
            assertThat(evidence.getTitle()).isEqualTo("Kế hoạch Chuyển đổi số năm 2026");
            assertThat(evidence.getReference()).isEqualTo("KH/UBND-VL 2026");
        });
        assertThat(accepted.value().getDeclaredBy()).isEqualTo("vanhoa.vinhloc");
    }

    @Test
    void aNoNeedsNoEvidenceAndCodesStayText() {
        Parsed<Declaration> parsed = mapping.map(DECLARATION.replace("\"dat\":true", "\"dat\":false").replace("\"maChiTieu\":\"1\"", "\"maChiTieu\":\"25a\"")
                .replace("[{\"ten\":\"Kế hoạch Chuyển đổi số năm 2026\",\"thamChieu\":\"KH/UBND-VL 2026\"}]", "[]"), "f", 1);

        assertThat(parsed).isInstanceOf(Parsed.Accepted.class);
        assertThat(((Parsed.Accepted<Declaration>) parsed).value().getIndicatorCode()).isEqualTo("25a");
    }

    static Stream<Arguments> malformedDeclarations() {
        return Stream.of(
                Arguments.of("yes without evidence", DECLARATION.replace("[{\"ten\":\"Kế hoạch Chuyển đổi số năm 2026\",\"thamChieu\":\"KH/UBND-VL 2026\"}]", "[]"), "minhChung", "needs at least one evidence"),
                Arguments.of("evidence without reference", DECLARATION.replace(",\"thamChieu\":\"KH/UBND-VL 2026\"", ""), "minhChung", "needs ten (title) and thamChieu"),
                Arguments.of("unknown set", DECLARATION.replace("\"boChiTieu\":\"2026\"", "\"boChiTieu\":\"2027\""), "boChiTieu", "neither 2023-2025 nor 2026"),
                Arguments.of("code that is no code", DECLARATION.replace("\"maChiTieu\":\"1\"", "\"maChiTieu\":\"một\""), "maChiTieu", "not an indicator code"),
                Arguments.of("year outside the set", DECLARATION.replace("\"nam\":2026", "\"nam\":2025"), "nam", "outside the years of set 2026"),
                Arguments.of("unknown commune", DECLARATION.replace("\"maXa\":\"15349\"", "\"maXa\":\"15350\""), "maXa", "'15350' is not a commune"),
                Arguments.of("neither yes/no nor value", DECLARATION.replace("\"dat\":true,", ""), "dat", "neither dat"),
                Arguments.of("negative value", DECLARATION.replace("\"dat\":true", "\"giaTri\":-2"), "giaTri", "is negative"),
                Arguments.of("no officer", DECLARATION.replace("\"nguoiKeKhai\":\"vanhoa.vinhloc\",", ""), "nguoiKeKhai", "declaring officer"),
                Arguments.of("time without offset", DECLARATION.replace("2026-01-20T08:30:00+07:00", "20/01/2026"), "thoiGian", "ISO date-time"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedDeclarations")
    void aMalformedDeclarationIsRejectedNamingTheField(String fault, String line, String field, String reason) {
        Parsed<Declaration> parsed = mapping.map(line, "ke-khai.jsonl", 5);

        assertThat(parsed).as(fault).isInstanceOf(Parsed.Rejected.class);
        var rejection = ((Parsed.Rejected<Declaration>) parsed).rejection();
        assertThat(rejection.line()).isEqualTo(5);
        assertThat(rejection.field()).isEqualTo(field);
        assertThat(rejection.reason()).contains(reason);
    }
}
