package vn.thanhhoa.cds.streams.recognition;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.thanhhoa.cds.catalog.Catalog;
import vn.thanhhoa.cds.catalog.indicator.Indicator;
import vn.thanhhoa.cds.catalog.indicator.IndicatorSet;
import vn.thanhhoa.cds.catalog.recognition.RecognitionAssessor;
import vn.thanhhoa.cds.catalog.target.Assignment;
import vn.thanhhoa.cds.schemas.indicator.ValueStatus;
import vn.thanhhoa.cds.schemas.recognition.CommuneRecognition;
import vn.thanhhoa.cds.schemas.reference.StatisticRecord;
import vn.thanhhoa.cds.schemas.reference.TargetRecord;
import vn.thanhhoa.cds.streams.indicators.LiveTarget;
import vn.thanhhoa.cds.streams.indicators.ReferenceLookup;

/**
 * The recognition rule of seed 000 applied to a commune's judged statuses: recognised when every
 * assigned indicator is met and the commune DX index reaches {@value RecognitionAssessor#REQUIRED_INDEX_PERCENT} %
 * of its points. An indicator is assigned when a target for the commune and year is live on
 * {@code ref.target} (its own or the province default); it is met when its judged value meets the
 * target (at risk is met today) or the target is only encouraged; one never computed blocks, since
 * recognition needs every assigned indicator met. The statuses were judged against the same live
 * targets, so the outlook never disagrees with the values beside it.
 *
 * <p>The index is the province's assessment of the commune (Bộ chỉ số chuyển đổi số cấp xã), read
 * from {@code ref.statistic} as {@value #INDEX_POINTS} and {@value #INDEX_POINTS_MAX} of the commune
 * and year; until it is published the 70 % is not reached.
 */
public final class RecognitionOutlook {

    public static final String INDEX_POINTS = "dx_index.points";
    public static final String INDEX_POINTS_MAX = "dx_index.points_max";

    private final Catalog catalog;
    private final LiveTarget targets;
    private final ReferenceLookup<StatisticRecord> statistics;

    public RecognitionOutlook(Catalog catalog, LiveTarget targets, ReferenceLookup<StatisticRecord> statistics) {
        this.catalog = catalog;
        this.targets = targets;
        this.statistics = statistics;
    }

    /** The outlook of {@code commune} for the set's {@code year}, from the judged status of each indicator code. */
    public Optional<CommuneRecognition> of(String setId, String commune, int year, LocalDate asOf, Map<String, ValueStatus> judged, Instant computedAt) {
        Optional<IndicatorSet> set = catalog.set(setId);
        if (set.isEmpty()) {
            return Optional.empty();
        }
        Optional<Assignment> assignment = catalog.assignment(setId, commune, asOf);
        int assigned = 0;
        int met = 0;
        List<String> blocking = new ArrayList<>();
        for (Indicator declared : set.get().indicators()) {
            Indicator indicator = assignment.map(a -> a.effective(declared, year)).orElse(declared);
            Optional<TargetRecord> target = targets.of(setId, indicator.code(), year, commune);
            if (target.isEmpty()) {
                continue;
            }
            assigned++;
            ValueStatus status = judged.get(indicator.code());
            if ("encouraged".equals(target.get().getOperator()) || status == ValueStatus.MET || status == ValueStatus.AT_RISK) {
                met++;
            } else {
                blocking.add(indicator.code());
            }
        }
        double points = statistic(commune, year, INDEX_POINTS);
        double maximum = statistic(commune, year, INDEX_POINTS_MAX);
        return Optional.of(CommuneRecognition.newBuilder()
                .setIndicatorSet(setId)
                .setCommuneCode(commune)
                .setYear(year)
                .setAsOf(asOf)
                .setIndicatorsAssigned(assigned)
                .setIndicatorsMet(met)
                .setIndexPoints(points)
                .setIndexPointsMax(maximum)
                .setRecognised(assigned > 0 && blocking.isEmpty() && reaches(points, maximum))
                .setBlockingIndicators(blocking)
                .setComputedAt(computedAt)
                .build());
    }

    /** At least 70 % of the maximum, compared exactly (2,240 of 3,200 reaches it); an index not assessed does not. */
    static boolean reaches(double points, double maximum) {
        return maximum > 0 && BigDecimal.valueOf(points).multiply(BigDecimal.valueOf(100))
                .compareTo(BigDecimal.valueOf(maximum).multiply(BigDecimal.valueOf(RecognitionAssessor.REQUIRED_INDEX_PERCENT))) >= 0;
    }

    private double statistic(String commune, int year, String name) {
        return statistics.get(commune + "|" + year + "|" + name).map(StatisticRecord::getValue).orElse(0.0);
    }

    public static String key(CommuneRecognition recognition) {
        return recognition.getCommuneCode() + "|" + recognition.getIndicatorSet() + "|" + recognition.getYear();
    }
}
