package vn.thanhhoa.cds.catalog.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.thanhhoa.cds.catalog.Catalog;
import vn.thanhhoa.cds.catalog.TestCatalog;
import vn.thanhhoa.cds.catalog.target.EffectiveTarget;
import vn.thanhhoa.cds.catalog.target.TargetTable;

class RecognitionAssessorTest {

    private final Catalog catalog = TestCatalog.catalog();
    private final RecognitionAssessor assessor = new RecognitionAssessor();
    private final List<EffectiveTarget> targets2026 =
            TargetTable.forYear(catalog.set("2026").orElseThrow(), 2026, Optional.empty());
    private final List<EffectiveTarget> targets2024 =
            TargetTable.forYear(catalog.set("2023-2025").orElseThrow(), 2024, Optional.empty());

    @Test
    void allMetWithSeventyPercentOfThePointsIsRecognised() {
        Recognition recognition = assessor.assess(targets2026, allMet2026(), IndexPoints.of(70, 100), Map.of());
        assertThat(recognition.failing()).isEmpty();
        assertThat(recognition.allMet()).isTrue();
        assertThat(recognition.recognised()).isTrue();
    }

    @Test
    void allMetWithSixtyNinePercentIsNotRecognised() {
        Recognition recognition = assessor.assess(targets2026, allMet2026(), IndexPoints.of(69, 100), Map.of());
        assertThat(recognition.allMet()).isTrue();
        assertThat(recognition.pointsReached()).isFalse();
        assertThat(recognition.recognised()).isFalse();
    }

    @Test
    void thresholdIsExactNotRounded() {
        IndexPoints justBelow = new IndexPoints(new BigDecimal("69.99"), new BigDecimal("100"));
        assertThat(assessor.assess(targets2026, allMet2026(), justBelow, Map.of()).recognised()).isFalse();
        assertThat(assessor.assess(targets2026, allMet2026(), IndexPoints.of(140, 200), Map.of()).recognised()).isTrue();
    }

    @Test
    void allButOneMetIsNotRecognisedWhateverThePoints() {
        Map<String, Result> results = allMet2026();
        results.put("9", Result.value("74.9"));
        Recognition recognition = assessor.assess(targets2026, results, IndexPoints.of(100, 100), Map.of());
        assertThat(recognition.failing()).extracting(Verdict::code).containsExactly("9");
        assertThat(recognition.recognised()).isFalse();
    }

    @Test
    void aMissingResultFails() {
        Map<String, Result> results = allMet2026();
        results.remove("25c");
        Recognition recognition = assessor.assess(targets2026, results, IndexPoints.of(90, 100), Map.of());
        assertThat(recognition.failing()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("25c");
            assertThat(v.status()).isEqualTo(Status.NO_RESULT);
        });
        assertThat(recognition.recognised()).isFalse();
    }

    @Test
    void encouragedNeverFails() {
        Map<String, Result> results = allMet2026();
        results.put("18", Result.value(0));
        assertThat(assessor.assess(targets2026, results, IndexPoints.of(70, 100), Map.of()).recognised()).isTrue();
        results.remove("18");
        Recognition without = assessor.assess(targets2026, results, IndexPoints.of(70, 100), Map.of());
        assertThat(without.recognised()).isTrue();
        assertThat(without.verdicts()).filteredOn(v -> v.code().equals("18"))
                .singleElement().extracting(Verdict::status).isEqualTo(Status.ENCOURAGED);
    }

    @Test
    void operatorsAtTheirBoundaries() {
        Map<String, Result> results = allMet2026();
        results.put("22", Result.value(8));
        assertThat(failing(results)).containsExactly("22");
        results.put("22", Result.value(5));
        results.put("21", Result.value(0));
        assertThat(failing(results)).containsExactly("21");
        results.put("21", Result.value(1));
        results.put("1", Result.value("49.99"));
        assertThat(failing(results)).containsExactly("1");
    }

    @Test
    void strictTargetsOfYenHungNeedMoreThanTheNumber() {
        var assignment = catalog.assignment("2023-2025", "15433", java.time.LocalDate.of(2025, 3, 1)).orElseThrow();
        List<EffectiveTarget> targets = TargetTable.forYear(catalog.set("2023-2025").orElseThrow(), 2025,
                Optional.of(assignment));
        Map<String, Result> results = new HashMap<>();
        targets.forEach(t -> results.put(t.indicator().code(), passing(t)));
        results.put("1.6", Result.value(80));
        Recognition recognition = assessor.assess(targets, results, IndexPoints.of(80, 100), Map.of());
        assertThat(recognition.failing()).extracting(Verdict::code).containsExactly("1.6");
        results.put("1.6", Result.value("80.1"));
        assertThat(assessor.assess(targets, results, IndexPoints.of(80, 100), Map.of()).recognised()).isTrue();
    }

    @Test
    void tieredItemsGivePointsThatCountTowardsTheIndex() {
        Map<String, Result> results = allMet2026();
        // 29: own section and 24 posts: full points, yet 24 < 30 misses the target.
        results.put("29", new Result.Facts(Map.of("web.dx_section", BigDecimal.ONE, "web.dx_posts", BigDecimal.valueOf(24))));
        results.put("30", new Result.Facts(Map.of("radio.dx_broadcasts", BigDecimal.valueOf(3))));
        Recognition recognition = assessor.assess(targets2026, results, IndexPoints.of(60, 90),
                Map.of("29", BigDecimal.valueOf(6), "30", BigDecimal.valueOf(4)));
        Verdict web = verdict(recognition, "29");
        assertThat(web.status()).isEqualTo(Status.NOT_MET);
        assertThat(web.scoreFraction()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("1"));
        assertThat(web.points()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("6"));
        Verdict radio = verdict(recognition, "30");
        assertThat(radio.status()).isEqualTo(Status.NOT_MET);
        assertThat(radio.points()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("2"));
        assertThat(recognition.points().earned()).isEqualByComparingTo("68");
        assertThat(recognition.points().maximum()).isEqualByComparingTo("100");
        assertThat(recognition.pointsReached()).isFalse();
    }

    @Test
    void declarationsAndTheYesNoWordingOf2024() {
        Map<String, Result> results = new HashMap<>();
        targets2024.forEach(t -> results.put(t.indicator().code(), passing(t)));
        assertThat(assessor.assess(targets2024, results, IndexPoints.of(75, 100), Map.of()).recognised()).isTrue();
        results.put("4.6", Result.declared(false));
        assertThat(assessor.assess(targets2024, results, IndexPoints.of(75, 100), Map.of()).failing())
                .extracting(Verdict::code).containsExactly("4.6");
    }

    private List<String> failing(Map<String, Result> results) {
        return assessor.assess(targets2026, results, IndexPoints.of(100, 100), Map.of()).failing().stream()
                .map(Verdict::code).toList();
    }

    private static Verdict verdict(Recognition recognition, String code) {
        return recognition.verdicts().stream().filter(v -> v.code().equals(code)).findFirst().orElseThrow();
    }

    private Map<String, Result> allMet2026() {
        Map<String, Result> results = new HashMap<>();
        targets2026.forEach(t -> results.put(t.indicator().code(), passing(t)));
        return results;
    }

    /** A result that just meets the target. */
    private static Result passing(EffectiveTarget target) {
        var t = target.target();
        return switch (t.operator()) {
            case AT_LEAST, BETWEEN -> new Result.Value(t.value().orElseThrow());
            case MORE_THAN -> new Result.Value(t.value().orElseThrow().add(BigDecimal.ONE));
            case AT_MOST -> new Result.Value(t.value().orElseThrow());
            case EXISTS -> Result.declared(true);
            case ENCOURAGED -> Result.value(0);
            case SCORE -> new Result.Facts(Map.of(target.indicator().computation().numerator(), t.value().orElseThrow(),
                    "web.dx_section", BigDecimal.ONE));
        };
    }
}
