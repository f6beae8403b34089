package vn.thanhhoa.cds.connectors.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RejectionTest {

    @Test
    void anExcerptKeepsNoIdentifierNameOrPhoneOfAPerson() {
        String line = "{\"MaHoSo\":\"000.20.43.H56-250805-00012\",\"ChuHoSo\":\"Lê Thị Hoa\",\"SoDienThoai\":\"0912345678\","
                + "\"DinhDanhCHS\":[{\"SoDinhDanh\":\"038090001234\"}],\"TrangThaiHoSo\":\"x\"}";

        String excerpt = Rejection.ofLine("f.jsonl", 2, "TrangThaiHoSo", "bad", line).toDeadLetter("tthc", "c", Instant.EPOCH).getExcerpt();

        assertThat(excerpt).doesNotContain("038090001234").doesNotContain("0912345678").doesNotContain("Lê Thị Hoa")
                .contains("\"ChuHoSo\":\"<đã ẩn>\"")
                .contains("000.20.43.H56-250805-00012");
    }

    @Test
    void aLongExcerptIsShortened() {
        String excerpt = Rejection.ofLine("f", 1, null, "bad", "x".repeat(5000)).toDeadLetter("tthc", "c", Instant.EPOCH).getExcerpt();
        assertThat(excerpt).hasSize(301).endsWith("…");
    }
}
