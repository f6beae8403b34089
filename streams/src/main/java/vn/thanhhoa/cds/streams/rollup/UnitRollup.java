package vn.thanhhoa.cds.streams.rollup;

import java.time.LocalDate;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.common.utils.Bytes;
import vn.thanhhoa.cds.schemas.indicator.IndicatorValue;
import vn.thanhhoa.cds.schemas.indicator.UnitLevel;
import vn.thanhhoa.cds.schemas.indicator.ValueStatus;

/**
 * Commune values rolled up to their district (before the reform) and the province by summing
 * numerators and denominators, never by averaging ratios: each commune's latest value per
 * indicator, year and window is a row of a table, and the parent's sum follows every change of a
 * row (its old figures taken away, its new ones added). Only figures roll up: a commune without a
 * value for the window adds nothing, and yes/no declarations are not summed.
 */
public final class UnitRollup {

    /**
     * Which values are rolled up: the live ones ({@code indicator.value}) or the month-end ones, whose
     * stores, repartition topics and parent keys are apart (a parent key with the month, as the
     * commune's: each month's sum is its own row).
     *
     * @param prefix  before every store, repartition topic and operator name ("" for the live values,
     *                whose names deployed engines already have)
     * @param byMonth whether a parent's key ends with the month of the window's end
     */
    public record Rollup(String prefix, boolean byMonth) {

        public static final Rollup LIVE = new Rollup("", false);
        public static final Rollup MONTH_END = new Rollup("month-end-", true);

        String parentKey(String parent, IndicatorValue value) {
            String key = UnitRollup.parentKey(parent, value);
            return byMonth ? key + "|" + java.time.YearMonth.from(value.getWindowEnd()) : key;
        }
    }

    private UnitRollup() {
    }

    /** The parents' sums of the live values, judged afterwards by {@link ParentJudgement}. */
    public static KStream<String, IndicatorValue> of(KStream<String, IndicatorValue> communeValues, ParentUnits parents, Serde<IndicatorValue> serde) {
        return of(communeValues, parents, serde, Rollup.LIVE);
    }

    /** The parents' sums of the values {@code rollup} names, judged afterwards by {@link ParentJudgement}. */
    public static KStream<String, IndicatorValue> of(KStream<String, IndicatorValue> communeValues, ParentUnits parents, Serde<IndicatorValue> serde,
                                                     Rollup rollup) {
        String p = rollup.prefix();
        KTable<String, IndicatorValue> latest = communeValues
                .filter((key, value) -> value.getUnitLevel() == UnitLevel.COMMUNE)
                .toTable(Named.as(p + "commune-values"), stored(p + "commune-values-latest", serde));
        KTable<String, IndicatorValue> districts = latest
                .filter((key, value) -> summable(value) && parents.districtOf(value.getUnitCode(), value.getWindowEnd()).isPresent())
                .groupBy((key, value) -> KeyValue.pair(rollup.parentKey(parents.districtOf(value.getUnitCode(), value.getWindowEnd()).orElseThrow(), value),
                        value), Grouped.with(p + "by-district", Serdes.String(), serde))
                .aggregate(() -> null, (key, value, sum) -> add(sum, value, UnitLevel.DISTRICT, key, 1),
                        (key, value, sum) -> add(sum, value, UnitLevel.DISTRICT, key, -1), Named.as(p + "district-sums"), stored(p + "district-sums", serde));
        KTable<String, IndicatorValue> province = latest
                .filter((key, value) -> summable(value))
                .groupBy((key, value) -> KeyValue.pair(rollup.parentKey(parents.provinceOn(value.getWindowEnd()), value), value),
                        Grouped.with(p + "by-province", Serdes.String(), serde))
                .aggregate(() -> null, (key, value, sum) -> add(sum, value, UnitLevel.PROVINCE, key, 1),
                        (key, value, sum) -> add(sum, value, UnitLevel.PROVINCE, key, -1), Named.as(p + "province-sums"), stored(p + "province-sums", serde));
        return districts.toStream().merge(province.toStream()).filter((key, value) -> value != null);
    }

    /** A named store: its changelog keeps its name when operators are added before it. */
    private static Materialized<String, IndicatorValue, KeyValueStore<Bytes, byte[]>> stored(String name, Serde<IndicatorValue> serde) {
        return Materialized.<String, IndicatorValue, KeyValueStore<Bytes, byte[]>>as(name).withKeySerde(Serdes.String()).withValueSerde(serde);
    }

    /** A figure that adds up: a ratio with both parts, or a count. */
    static boolean summable(IndicatorValue value) {
        return value.getNumerator() != null && value.getValue() != null
                && (value.getDenominator() != null || !isYesNo(value));
    }

    private static boolean isYesNo(IndicatorValue value) {
        return "exists".equals(value.getTargetOperator());
    }

    static String parentKey(String parent, IndicatorValue value) {
        return parent + "|" + value.getIndicatorSet() + "|" + value.getIndicatorCode() + "|" + value.getYear() + "|" + value.getWindowKind();
    }

    /** The sum with one commune's figures added ({@code sign} 1) or taken away (-1). */
    private static IndicatorValue add(IndicatorValue sum, IndicatorValue commune, UnitLevel level, String key, int sign) {
        IndicatorValue.Builder next = sum == null
                ? IndicatorValue.newBuilder(commune).setUnitCode(key.substring(0, key.indexOf('|'))).setUnitLevel(level)
                        .setNumerator(0.0).setDenominator(commune.getDenominator() == null ? null : 0.0).setPoints(0.0)
                        .setValue(null).setStatus(ValueStatus.NO_DATA).setCommuneTarget(false).setDataQuality(null).setApproximate(false)
                : IndicatorValue.newBuilder(sum);
        next.setNumerator(next.getNumerator() + sign * commune.getNumerator());
        if (next.getDenominator() != null && commune.getDenominator() != null) {
            next.setDenominator(next.getDenominator() + sign * commune.getDenominator());
        }
        // Units counted in the sum, kept in points until the parent is judged (a sum has no points of its own).
        next.setPoints(next.getPoints() + sign);
        if (sign > 0) {
            next.setApproximate(next.getApproximate() || commune.getApproximate());
            next.setWindowEnd(later(next.getWindowEnd(), commune.getWindowEnd()));
            next.setComputedAt(commune.getComputedAt().isAfter(next.getComputedAt()) ? commune.getComputedAt() : next.getComputedAt());
            if (commune.getLatestEventAt() != null && (next.getLatestEventAt() == null || commune.getLatestEventAt().isAfter(next.getLatestEventAt()))) {
                next.setLatestEventAt(commune.getLatestEventAt());
            }
        }
        return next.getPoints() <= 0 ? null : next.build();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
