package vn.thanhhoa.cds.catalog.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class CatalogCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void targetsOf2024AsCsv() {
        assertThat(run("targets", "--set", "2023-2025", "--year", "2024", "--format", "csv")).isZero();
        List<String> lines = out().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("set,code,pillar,unit,year,operator,target");
        assertThat(lines).hasSize(38)
                .contains("2023-2025,1.6,CQS,%,2024,>=,75",
                        "2023-2025,1.10,CQS,%,2024,>=,100",
                        "2023-2025,3.12,XHS,%,2024,>=,70",
                        "2023-2025,1.8,CQS,Hệ thống,2024,exists,Sử dụng hiệu quả",
                        "2023-2025,3.3,XHS,\"Tin, bài\",2024,exists,\"Có nội dung tuyên truyền, hội nghị\"");
        assertThat(err()).isEmpty();
    }

    @Test
    void targetsOf2026AsCsv() {
        assertThat(run("targets", "--set", "2026", "--year", "2026")).isZero();
        assertThat(out().lines().toList()).hasSize(34)
                .contains("2026,25a,XHS,%,2026,>=,80",
                        "2026,18,KTS,doanh nghiệp,2026,encouraged,",
                        "2026,22,KTS,đơn đăng ký/năm,2026,between,5-7",
                        "2026,29,XHS,\"tin, bài\",2026,score,30",
                        "2026,30,XHS,lần/tháng,2026,score,4");
    }

    @Test
    void aCommunesEffectiveTargets() {
        assertThat(run("targets", "--set", "2023-2025", "--year", "2025", "--commune", "15433", "--on", "2025-03-01")).isZero();
        assertThat(out()).contains("2023-2025,1.6,CQS,%,2025,>,80\n", "2023-2025,YH.1,CQS,%,2025,>=,95\n");
    }

    @Test
    void validateOfTheBuiltInCatalogPrintsWarningsAndSucceeds() {
        assertThat(run("validate")).isZero();
        assertThat(out()).contains("catalog/indicators-2026.yaml:", ": warning: indicator 17 numerator:");
        assertThat(out()).doesNotContain(": error: ");
        assertThat(err()).contains("0 errors,");
    }

    @Test
    void validateOfABrokenFolderFails() throws URISyntaxException {
        Path broken = Path.of(Objects.requireNonNull(getClass().getResource("/broken/percent-over-100")).toURI());
        assertThat(run("validate", "--dir", broken.toString())).isEqualTo(1);
        assertThat(out()).contains("percent-over-100/set.yaml:15: error: indicator 1.6 target 2025: target 120%");
    }

    @Test
    void badArgumentsGiveOneSentenceAndExitTwo() {
        assertThat(run("targets", "--set", "2026")).isEqualTo(2);
        assertThat(err()).startsWith("cds catalog: option --year is required.").doesNotContain("Exception");
        assertThat(run("targets", "--set", "1999", "--year", "1999")).isEqualTo(2);
        assertThat(run("targets", "--set", "2026", "--year", "2024")).isEqualTo(2);
        assertThat(run("targets", "--set", "2026", "--year", "2026", "--format", "xml")).isEqualTo(2);
        assertThat(run("targets", "--set", "2026", "--year", "2026", "--commune", "15349")).isEqualTo(2);
        assertThat(run("validate", "--dir", "/no/such/folder")).isEqualTo(2);
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
        assertThat(err()).doesNotContain("\tat ");
    }

    private int run(String... args) {
        return new CatalogCommand().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
