package vn.thanhhoa.cds.connectors.declaration;

import vn.thanhhoa.cds.catalog.declaration.DeclarableIndicators;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thanhhoa.cds.catalog.load.CatalogLoader;
import vn.thanhhoa.cds.connectors.agency.CommuneCodes;
import vn.thanhhoa.cds.connectors.deadletter.Parsed;
import vn.thanhhoa.cds.schemas.raw.Declaration;

public class DeclarationMappingTest {

    /** Xã Vĩnh Lộc (15349) declares 2023-2025 item 1.1 (a DX plan and report issued) met for 2025, with its plan as evidence. */
    public static final String DECLARATION = """
            {"maXa":"15349","boChiTieu":"2023-2025","maChiTieu":"1.1","nam":2025,"dat":true,\
            "minhChung":[{"ten":"Kế hoạch Chuyển đổi số năm 2025","thamChieu":"KH/UBND-VL 2025"}],\
            "nguoiKeKhai":"vanhoa.vinhloc","thoiGian":"2026-01-20T08:30:00+07:00"}""";

    /** 2026 item 3: officials trained in digital skills (declared) over all officials (reference statistics). */
    static final String COUNT = """
            {"maXa":"15349","boChiTieu":"2026","maChiTieu":"3","nam":2026,"giaTri":41,\
            "minhChung":[{"ten":"Danh sách CBCC được bồi dưỡng kỹ năng số","thamChieu":"DS/UBND-VL 2026"}],\
            "nguoiKeKhai":"vanhoa.vinhloc","thoiGian":"2026-06-20T08:30:00+07:00"}""";

    /** 2023-2025 item 2.2: OCOP and advantage products promoted online over all of them, both declared. */
    static final String BOTH = COUNT.replace("\"boChiTieu\":\"2026\",\"maChiTieu\":\"3\",\"nam\":2026,\"giaTri\":41",
            "\"boChiTieu\":\"2023-2025\",\"maChiTieu\":\"2.2\",\"nam\":2025,\"giaTri\":3,\"mauSo\":4");

    /** 2023-2025 item 1.5: dossiers on the system (one-stop data) over dossiers in the paper register (declared). */
    static final String DENOMINATOR_ONLY = COUNT.replace("\"boChiTieu\":\"2026\",\"maChiTieu\":\"3\",\"nam\":2026,\"giaTri\":41",
            "\"boChiTieu\":\"2023-2025\",\"maChiTieu\":\"1.5\",\"nam\":2025,\"mauSo\":1250");

    /** 2026 item 29: 30 posts this year, an own section, no link to the provincial page. */
    static final String SCORE = COUNT.replace("\"maChiTieu\":\"3\",\"nam\":2026,\"giaTri\":41",
            "\"maChiTieu\":\"29\",\"nam\":2026,\"giaTri\":30,\"chiTiet\":{\"web.dx_section\":true,\"web.dx_link\":false}");

    public static final DeclarableIndicators CATALOG_INDICATORS = new DeclarableIndicators(CatalogLoader.builtIn());

    @TempDir
    Path temp;

    private DeclarationMapping mapping;

    @BeforeEach
    void createMapping() throws Exception {
        Path communes = Files.writeString(temp.resolve("communes.csv"), "commune_code,valid_from,valid_to\n15349,2025-07-01,\n");
        mapping = new DeclarationMapping(CommuneCodes.read(communes, "commune.codes.file"), CATALOG_INDICATORS);
    }

    @Test
    void aDeclarationWithEvidenceIsAccepted() {
        Parsed.Accepted<Declaration> accepted = (Parsed.Accepted<Declaration>) mapping.map(DECLARATION, "ke-khai.jsonl", 1);

        assertThat(accepted.key()).isEqualTo("15349|2023-2025|1.1|2025");
        assertThat(accepted.value().getMet()).isTrue();
        assertThat(accepted.value().getValue()).isNull();
        assertThat(accepted.value().getEvidence()).singleElement().satisfies(evidence -> {
            assertThat(evidence.getTitle()).isEqualTo("Kế hoạch Chuyển đổi số năm 2025");
            assertThat(evidence.getReference()).isEqualTo("KH/UBND-VL 2025");
        });
        assertThat(accepted.value().getDeclaredBy()).isEqualTo("vanhoa.vinhloc");
    }

    @Test
    void aNoNeedsNoEvidenceAndCodesStayText() {
        Parsed<Declaration> parsed = mapping.map(DECLARATION.replace("\"dat\":true", "\"dat\":false").replace("\"maChiTieu\":\"1.1\"", "\"maChiTieu\":\"4.5\"")
                .replace(EVIDENCE, "[]"), "f", 1);

        assertThat(parsed).isInstanceOf(Parsed.Accepted.class);
        assertThat(((Parsed.Accepted<Declaration>) parsed).value().getIndicatorCode()).isEqualTo("4.5");
        assertThat(((Parsed.Accepted<Declaration>) parsed).value().getMet()).isFalse();
    }

    @Test
    void declaredNumbersGoWhereTheCatalogDeclaresThem() {
        Declaration count = ((Parsed.Accepted<Declaration>) mapping.map(COUNT, "f", 1)).value();
        Declaration both = ((Parsed.Accepted<Declaration>) mapping.map(BOTH, "f", 2)).value();
        Declaration denominatorOnly = ((Parsed.Accepted<Declaration>) mapping.map(DENOMINATOR_ONLY, "f", 3)).value();

        assertThat(count.getValue()).isEqualTo(41.0);
        assertThat(count.getDenominatorValue()).isNull();
        assertThat(count.getMet()).isNull();
        assertThat(both.getValue()).isEqualTo(3.0);
        assertThat(both.getDenominatorValue()).isEqualTo(4.0);
        assertThat(denominatorOnly.getValue()).isNull();
        assertThat(denominatorOnly.getDenominatorValue()).isEqualTo(1250.0);
        assertThat(count.getParts()).isEmpty();
    }

    @Test
    void aScoreCarriesItsOtherDeclaredPartsByMeasure() {
        Declaration score = ((Parsed.Accepted<Declaration>) mapping.map(SCORE, "f", 1)).value();

        assertThat(score.getValue()).isEqualTo(30.0);
        assertThat(score.getParts()).containsOnly(Map.entry("web.dx_section", 1.0), Map.entry("web.dx_link", 0.0));
    }

    /** 2026 item 30 is judged per month: the broadcasts of September 2026. */
    static final String MONTHLY = COUNT.replace("\"maChiTieu\":\"3\",\"nam\":2026,\"giaTri\":41", "\"maChiTieu\":\"30\",\"nam\":2026,\"thang\":\"2026-09\",\"giaTri\":6");

    @Test
    void aMonthlyItemIsDeclaredForItsMonthAndKeyedByIt() {
        Parsed.Accepted<Declaration> accepted = (Parsed.Accepted<Declaration>) mapping.map(MONTHLY, "f", 1);

        assertThat(accepted.key()).isEqualTo("15349|2026|30|2026|2026-09");
        assertThat(accepted.value().getMonth()).isEqualTo("2026-09");
        assertThat(accepted.value().getValue()).isEqualTo(6.0);
        assertThat(((Parsed.Accepted<Declaration>) mapping.map(COUNT, "f", 2)).value().getMonth()).as("a yearly item has no month").isNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("monthFaults")
    void aMonthMissingWrongOrOnAYearlyItemIsRefused(String fault, String line, String reason) {
        Parsed<Declaration> parsed = mapping.map(line, "f", 7);

        assertThat(parsed).as(fault).isInstanceOf(Parsed.Rejected.class);
        assertThat(((Parsed.Rejected<Declaration>) parsed).rejection().field()).isEqualTo("thang");
        assertThat(((Parsed.Rejected<Declaration>) parsed).rejection().reason()).contains(reason);
    }

    static Stream<Arguments> monthFaults() {
        return Stream.of(
                Arguments.of("no month", MONTHLY.replace("\"thang\":\"2026-09\",", ""), "is judged per month"),
                Arguments.of("a month of another year", MONTHLY.replace("2026-09", "2025-09"), "a month of 2026"),
                Arguments.of("no month at all", MONTHLY.replace("2026-09", "2026-13"), "not '2026-13'"),
                Arguments.of("a month on a yearly item", COUNT.replace("\"giaTri\":41", "\"thang\":\"2026-09\",\"giaTri\":41"), "judged over the year"));
    }

    private static final String EVIDENCE = "[{\"ten\":\"Kế hoạch Chuyển đổi số năm 2025\",\"thamChieu\":\"KH/UBND-VL 2025\"}]";

    static Stream<Arguments> malformedDeclarations() {
        return Stream.of(
                Arguments.of("yes without evidence", DECLARATION.replace(EVIDENCE, "[]"), "minhChung", "needs at least one evidence"),
                Arguments.of("evidence without reference", DECLARATION.replace(",\"thamChieu\":\"KH/UBND-VL 2025\"", ""), "minhChung", "needs ten (title) and thamChieu"),
                Arguments.of("unknown set", DECLARATION.replace("\"boChiTieu\":\"2023-2025\"", "\"boChiTieu\":\"2027\""), "boChiTieu", "'2027' is not an indicator set of the catalog"),
                Arguments.of("code that is no code", DECLARATION.replace("\"maChiTieu\":\"1.1\"", "\"maChiTieu\":\"một\""), "maChiTieu", "not an indicator code"),
                Arguments.of("code not in the set", DECLARATION.replace("\"maChiTieu\":\"1.1\"", "\"maChiTieu\":\"1.12\""), "maChiTieu", "'1.12' is not an indicator of set 2023-2025"),
                Arguments.of("indicator measured by a system", DECLARATION.replace("\"maChiTieu\":\"1.1\"", "\"maChiTieu\":\"1.6\""), "maChiTieu",
                        "indicator 1.6 of set 2023-2025 is measured from tthc data, not declared"),
                Arguments.of("year outside the set", DECLARATION.replace("\"nam\":2025", "\"nam\":2026"), "nam", "outside the years of set 2023-2025"),
                Arguments.of("unknown commune", DECLARATION.replace("\"maXa\":\"15349\"", "\"maXa\":\"15350\""), "maXa", "'15350' is not a commune"),
                Arguments.of("yes/no indicator without dat", DECLARATION.replace("\"dat\":true,", ""), "dat", "is declared yes or no"),
                Arguments.of("number for a yes/no indicator", DECLARATION.replace("\"dat\":true", "\"giaTri\":2"), "dat", "is declared yes or no"),
                Arguments.of("yes/no for a counted indicator", COUNT.replace("\"giaTri\":41", "\"dat\":true"), "dat", "is declared as a number"),
                Arguments.of("count without giaTri", COUNT.replace("\"giaTri\":41,", ""), "giaTri", "needs giaTri"),
                Arguments.of("negative value", COUNT.replace("\"giaTri\":41", "\"giaTri\":-2"), "giaTri", "is negative"),
                Arguments.of("denominator not declared", COUNT.replace("\"giaTri\":41", "\"giaTri\":41,\"mauSo\":50"), "mauSo", "is not declared by the commune"),
                Arguments.of("declared denominator missing", BOTH.replace(",\"mauSo\":4", ""), "mauSo", "needs mauSo"),
                Arguments.of("more than the whole", BOTH.replace("\"giaTri\":3", "\"giaTri\":5"), "giaTri", "larger than mauSo 4"),
                Arguments.of("numerator from the system", DENOMINATOR_ONLY.replace("\"mauSo\":1250", "\"giaTri\":1000,\"mauSo\":1250"), "giaTri", "declare only mauSo"),
                Arguments.of("score without its parts", SCORE.replace(",\"chiTiet\":{\"web.dx_section\":true,\"web.dx_link\":false}", ""), "chiTiet",
                        "needs chiTiet with web.dx_link, web.dx_section"),
                Arguments.of("score part missing", SCORE.replace(",\"web.dx_link\":false", ""), "chiTiet.web.dx_link", "must be true or false"),
                Arguments.of("yes/no part as a number", SCORE.replace("\"web.dx_section\":true", "\"web.dx_section\":1"), "chiTiet.web.dx_section", "must be true or false"),
                Arguments.of("part of another indicator", SCORE.replace("\"web.dx_link\":false", "\"web.dx_link\":false,\"decl.public_wifi\":true"),
                        "chiTiet.decl.public_wifi", "is not a part of indicator 29"),
                Arguments.of("parts where there are none", COUNT.replace("\"giaTri\":41", "\"giaTri\":41,\"chiTiet\":{\"web.dx_link\":true}"), "chiTiet", "has no parts"),
                Arguments.of("zero denominator", DENOMINATOR_ONLY.replace("\"mauSo\":1250", "\"mauSo\":0"), "mauSo", "not a positive number"),
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
