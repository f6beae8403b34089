package vn.thanhhoa.cds.connectors.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thanhhoa.cds.connectors.testbed.RawIdentifiers;

class IdentifierMaskTest {

    /** Identifiers as people type them, each with the number it stands for. */
    static Stream<Arguments> typedIdentifiers() {
        return Stream.of(
                Arguments.of("038080001234", "038080001234"),
                Arguments.of("038 080 001 234", "038080001234"),
                Arguments.of("038-080-001-235", "038080001235"),
                Arguments.of("038.080.001.236", "038080001236"),
                Arguments.of("0380 8000 1237", "038080001237"),
                Arguments.of("172345678", "172345678"),
                Arguments.of("172 345 679", "172345679"),
                Arguments.of("C1234567", "C1234567"),
                Arguments.of("C 1234568", "C1234568"),
                Arguments.of("b12345678", "B12345678"),
                Arguments.of("GD4383812345678", "GD4383812345678"),
                Arguments.of("0912 345 678", "0912345678"));
    }

    /** The places a rejected line can carry one: a named field, free text, a CSV cell, a line cut short. */
    static List<String> contexts(String id) {
        return List.of(
                "{\"SO_CCCD\":\"" + id + "\",\"MAXA_CU_TRU\":\"99999\"}",
                "{\"DinhDanhCHS\":[{\"LoaiDinhDanh\":\"1\",\"SoDinhDanh\":\"" + id + "\"}],\"TrangThaiHoSo\":\"x\"}",
                "{\"TrichYeuHoSo\":\"Chứng thực cho ông A, số giấy tờ " + id + ", thường trú thôn 3\"}",
                "15442;Xã Yên Ninh;" + id + ";12",
                "{\"MaHoSo\":\"x\",\"SoGiayToChuHoSo\":\"" + id,
                "CCCD:" + id + ".");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("typedIdentifiers")
    void everyTypedFormIsHiddenWhereverItStands(String typed, String number) {
        RawIdentifiers scan = new RawIdentifiers(List.of(number));
        for (String line : contexts(typed)) {
            assertThat(scan.in(line)).as("the scan sees it in %s", line).isNotEmpty();
            assertThat(scan.in(IdentifierMask.mask(line))).as("masked: %s", IdentifierMask.mask(line)).isEmpty();
        }
    }

    @Test
    void codesDatesAndFiguresThatIdentifyNoOneStayReadable() {
        String line = "{\"MaHoSo\":\"000.20.43.H56-250805-00012\",\"MaTTHC\":\"1.000894.000.00.00.H56\",\"NgayHen\":\"2025-08-08\","
                + "\"Gia\":\"8000\",\"maGiaoDich\":\"GD00000012\",\"MAXA_CU_TRU\":\"16093\",\"SoTien\":\"1.234.567\"}";

        String masked = IdentifierMask.mask(line);

        assertThat(masked).contains("000.20.43.H56-250805-00012", "1.000894.000.00.00.H56", "2025-08-08", "8000", "GD00000012", "16093", "1.234.567");
    }

    @Test
    void namesAddressesAndBirthDatesAreHiddenByFieldName() {
        String masked = IdentifierMask.mask("{\"HO_TEN\":\"NGUYỄN THỊ LAN\",\"NGAY_SINH\":\"198003150000\",\"DIA_CHI\":\"thôn 3, xã Yên Ninh\","
                + "\"ChuHoSo\":\"Lê Thị Hoa\",\"Email\":\"hoa@example.vn\"}");

        assertThat(masked).doesNotContain("NGUYỄN", "19800315", "thôn 3", "Lê Thị Hoa", "hoa@example.vn").contains("\"HO_TEN\":\"<đã ẩn>\"");
    }

    @Test
    void oneTypedNumberGivesOnePseudonym() {
        Pseudonymiser pseudonymiser = new Pseudonymiser(new PseudonymKey("k1", new byte[32]));

        String number = pseudonymiser.pseudonym("038080001234");

        assertThat(Stream.of("038 080 001 234", "038-080-001-234", "038.080.001.234", " 0380 8000 1234 ").map(pseudonymiser::pseudonym))
                .containsOnly(number);
        assertThat(pseudonymiser.pseudonym("c 1234567")).isEqualTo(pseudonymiser.pseudonym("C1234567"));
    }
}
