package vn.thanhhoa.cds.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** RowBinary bytes written out by hand from ClickHouse's format description, compared with the encoder's. */
class RowBinaryTest {

    @Test
    void aRowIsTheBytesClickHouseReads() throws Exception {
        RowBinary encoding = RowBinary.forColumns(List.of("s", "n", "d", "t", "b", "ns", "lc", "a", "w"),
                List.of("String", "Int32", "Date32", "DateTime64(3, 'Asia/Ho_Chi_Minh')", "Bool", "Nullable(String)", "LowCardinality(Nullable(String))",
                        "Array(Tuple(title String, reference String))", "Int64")).orElseThrow();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("s", "Thọ");
        row.put("n", -2);
        row.put("d", "1970-01-02");
        row.put("t", "1.001");
        row.put("b", true);
        row.put("ns", null);
        row.put("lc", "x");
        row.put("a", List.of(Map.of("reference", "r", "title", "t")));
        row.put("w", 1L << 40);
        RowBinary.Output out = encoding.encode(List.of(row));
        byte[] expected = {
            5, 'T', 'h', (byte) 0xE1, (byte) 0xBB, (byte) 0x8D, // varint length, UTF-8 of "Thọ"
            (byte) 0xFE, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, // Int32 -2, little-endian
            1, 0, 0, 0, // Date32: one day after 1970-01-01
            (byte) 0xE9, 3, 0, 0, 0, 0, 0, 0, // DateTime64(3): 1001 ms
            1, // Bool true
            1, // Nullable: null
            0, 1, 'x', // LowCardinality(Nullable(String)) as Nullable(String): not null, "x"
            1, 1, 't', 1, 'r', // one tuple, title then reference (the declared order, not the map's)
            0, 0, 0, 0, 0, 1, 0, 0 // Int64 2^40
        };
        assertThat(Arrays.copyOf(out.array(), out.size())).containsExactly(expected);
    }

    @Test
    void lengthsOver127TakeTwoVarintBytes() throws Exception {
        RowBinary encoding = RowBinary.forColumns(List.of("s"), List.of("String")).orElseThrow();
        RowBinary.Output out = encoding.encode(List.of(Map.of("s", "x".repeat(300))));
        assertThat(out.size()).isEqualTo(302);
        assertThat(out.array()[0]).isEqualTo((byte) (300 & 0x7F | 0x80));
        assertThat(out.array()[1]).isEqualTo((byte) (300 >> 7));
    }

    @Test
    void typesAndValuesWithoutABinaryFormHereAreLeftToJson() {
        assertThat(RowBinary.forColumns(List.of("x"), List.of("Decimal(10, 2)"))).isEmpty();
        assertThat(RowBinary.forColumns(List.of("x"), List.of("DateTime64(6, 'UTC')"))).isEmpty();
        RowBinary times = RowBinary.forColumns(List.of("t"), List.of("DateTime64(3, 'UTC')")).orElseThrow();
        assertThatThrownBy(() -> times.encode(List.of(Map.of("t", "2026-01-05 08:00:00")))).isInstanceOf(RowBinary.NotEncodable.class);
        assertThatThrownBy(() -> times.encode(List.of(Map.of("t", "-5.123")))).isInstanceOf(RowBinary.NotEncodable.class);
        RowBinary numbers = RowBinary.forColumns(List.of("n"), List.of("Int32")).orElseThrow();
        assertThatThrownBy(() -> numbers.encode(List.of(Map.of("n", "12")))).isInstanceOf(RowBinary.NotEncodable.class);
        assertThatThrownBy(() -> numbers.encode(List.of(Map.of("n", 1L << 40)))).isInstanceOf(RowBinary.NotEncodable.class);
        Map<String, Object> nullNumber = new HashMap<>();
        nullNumber.put("n", null);
        assertThatThrownBy(() -> numbers.encode(List.of(nullNumber))).isInstanceOf(RowBinary.NotEncodable.class);
    }

    @Test
    void instantsAndDaysAreReadAsTheJsonRouteWritesThem() throws Exception {
        assertThat(RowBinary.secondsDotMillis("1767225600.123")).isEqualTo(1_767_225_600_123L);
        assertThat(RowBinary.secondsDotMillis("0.007")).isEqualTo(7);
        assertThat(RowBinary.epochDay("2026-01-05")).isEqualTo(java.time.LocalDate.of(2026, 1, 5).toEpochDay());
        assertThatThrownBy(() -> RowBinary.epochDay("2026-02-30")).isInstanceOf(RowBinary.NotEncodable.class);
    }
}
