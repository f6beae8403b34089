package vn.thanhhoa.cds.catalog.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thanhhoa.cds.catalog.TestCatalog;

/** Every indicator of seed 000's appendix, with the targets typed in from the seed (not from the YAML). */
class IndicatorSet2023To2025Test {

    private final IndicatorSet set = TestCatalog.catalog().set("2023-2025").orElseThrow();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1.1  | CQS | Văn bản        | declaration | exists:có | exists:có | exists:có
            1.2  | CQS | %              | ratio | >= 100 | >= 100 | >= 100
            1.3  | CQS | %              | ratio | >= 100 | >= 100 | >= 100
            1.4  | CQS | %              | ratio | >= 100 | >= 100 | >= 100
            1.5  | CQS | %              | ratio | >= 100 | >= 100 | >= 100
            1.6  | CQS | %              | ratio | >= 70  | >= 75  | >= 80
            1.7  | CQS | Kênh giao tiếp | declaration | exists:có | exists:có | exists:Có
            1.8  | CQS | Hệ thống       | declaration | exists:Sử dụng hiệu quả | exists:Sử dụng hiệu quả | exists:Sử dụng hiệu quả
            1.9  | CQS | Có trang       | declaration | exists:Cung cấp đầy đủ thông tin theo quy định | exists:Cung cấp đầy đủ thông tin theo quy định | exists:Cung cấp đầy đủ thông tin theo quy định
            1.10 | CQS | %              | ratio | >= 100 | >= 100 | >= 100
            1.11 | CQS | Nền tảng       | declaration | exists:Triển khai sử dụng | exists:Triển khai sử dụng | exists:Triển khai sử dụng
            2.1  | KTS | %              | ratio | >= 100 | >= 100 | >= 100
            2.2  | KTS | %              | ratio | >= 100 | >= 100 | >= 100
            2.3  | KTS | %              | ratio | >= 100 | >= 100 | >= 100
            2.4  | KTS | %              | ratio | >= 60  | >= 70  | >= 80
            2.5  | KTS | %              | ratio | >= 60  | >= 70  | >= 80
            2.6  | KTS | %              | ratio | >= 60  | >= 70  | >= 80
            3.1  | XHS | %              | ratio | >= 60  | >= 70  | >= 80
            3.2  | XHS | %              | ratio | >= 65  | >= 70  | >= 80
            3.3  | XHS | Tin, bài       | declaration | exists:Có nội dung tuyên truyền, hội nghị | exists:Có nội dung tuyên truyền, hội nghị | exists:Có nội dung tuyên truyền, hội nghị
            3.4  | XHS | %              | ratio | >= 65  | >= 70  | >= 0
            3.5  | XHS | %              | ratio | >= 95  | >= 100 | >= 100
            3.6  | XHS | %              | ratio | >= 10  | >= 20  | >= 30
            3.7  | XHS | %              | ratio | >= 100 | >= 100 | >= 100
            3.8  | XHS | %              | ratio | >= 50  | >= 100 | >= 100
            3.9  | XHS | %              | ratio | >= 50  | >= 100 | >= 100
            3.10 | XHS | %              | ratio | >= 30  | >= 40  | >= 50
            3.11 | XHS | %              | ratio | >= 20  | >= 30  | >= 50
            3.12 | XHS | %              | ratio | >= 60  | >= 70  | >= 90
            4.1  | HTS | %              | ratio | >= 100 | >= 100 | >= 100
            4.2  | HTS | Hệ thống       | declaration | exists:Đáp ứng | exists:Đáp ứng | exists:Đáp ứng
            4.3  | HTS | %              | ratio | >= 100 | >= 100 | >= 100
            4.4  | HTS | Hệ thống       | declaration | exists:Có | exists:Có | exists:Có
            4.5  | HTS | Điểm phát      | declaration | exists:Có | exists:Có | exists:Có
            4.6  | HTS | Hệ thống       | declaration | exists:Có | exists:Có | exists:Có
            4.7  | HTS | Đài            | declaration | exists:Có | exists:Có | exists:Có
            4.8  | HTS | Điểm           | declaration | exists:Có | exists:Có | exists:Có
            """)
    void everyIndicatorHasTheSeedsTargets(String code, String pillar, String unit, String kind, String t2023,
                                          String t2024, String t2025) {
        Indicator indicator = set.indicator(code).orElseThrow();
        assertThat(indicator.pillar().name()).isEqualTo(pillar);
        assertThat(indicator.unit()).isEqualTo(unit);
        assertThat(indicator.kind().spelling()).isEqualTo(kind);
        assertThat(indicator.targets()).containsOnlyKeys(2023, 2024, 2025);
        assertThat(TargetText.of(indicator.target(2023).orElseThrow())).isEqualTo(t2023);
        assertThat(TargetText.of(indicator.target(2024).orElseThrow())).isEqualTo(t2024);
        assertThat(TargetText.of(indicator.target(2025).orElseThrow())).isEqualTo(t2025);
    }

    @Test
    void hasThirtySevenIndicatorsInTheSeedsOrder() {
        assertThat(set.indicators()).extracting(Indicator::code).containsExactly(
                "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11",
                "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
                "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7", "3.8", "3.9", "3.10", "3.11", "3.12",
                "4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "4.8");
        assertThat(set.indicators().stream().filter(i -> i.pillar() == Pillar.CQS)).hasSize(11);
        assertThat(set.indicators().stream().filter(i -> i.pillar() == Pillar.KTS)).hasSize(6);
        assertThat(set.indicators().stream().filter(i -> i.pillar() == Pillar.XHS)).hasSize(12);
        assertThat(set.indicators().stream().filter(i -> i.pillar() == Pillar.HTS)).hasSize(8);
    }

    @Test
    void codesAreTextSoOnePointOneAndOnePointTenDiffer() {
        assertThat(set.indicator("1.1").orElseThrow().name()).startsWith("Xây dựng và tổ chức");
        assertThat(set.indicator("1.10").orElseThrow().name()).startsWith("Tuyên truyền, đào tạo");
        assertThat(set.indicator("3.1").orElseThrow().name()).isNotEqualTo(set.indicator("3.10").orElseThrow().name());
    }

    @Test
    void ratiosNameTheirMeasures() {
        Computation online = set.indicator("1.6").orElseThrow().computation();
        assertThat(online.numerator()).isEqualTo("tthc.dossier.received.online");
        assertThat(online.denominator()).contains("tthc.dossier.received");
        Computation health = set.indicator("3.5").orElseThrow().computation();
        assertThat(health.numerator()).isEqualTo("health.record.people");
        assertThat(health.denominator()).contains("population.total");
        assertThat(set.indicator("3.1").orElseThrow().computation().denominator()).contains("population.working_age");
        for (Indicator indicator : set.indicators()) {
            if (indicator.kind() == IndicatorKind.RATIO) {
                assertThat(indicator.computation().hasDenominator()).as(indicator.code()).isTrue();
            }
        }
    }

    @Test
    void keepsOwnersEvidenceAndLegalBasis() {
        Indicator computers = set.indicator("4.3").orElseThrow();
        assertThat(computers.ownership().owner()).isEqualTo("vp");
        assertThat(computers.evidence()).containsExactly(
                "Danh sách cán bộ công chức có máy tính để phục vụ công tác (theo mẫu 1.4).");
        Indicator training = set.indicator("1.10").orElseThrow();
        assertThat(training.ownership().owner()).isEqualTo("vhxh");
        assertThat(training.legalBasis()).contains("Quyết định số 146/QĐ-TTg ngày 28/01/2022");
        assertThat(set.indicator("3.9").orElseThrow().ownership().ownerPrinted()).isEqualTo("Công an xã");
    }
}
