package vn.thanhhoa.cds.streams.alerts;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import vn.thanhhoa.cds.adminunits.unit.AdministrativeUnit;
import vn.thanhhoa.cds.adminunits.unit.AdministrativeUnits;
import vn.thanhhoa.cds.catalog.Catalog;
import vn.thanhhoa.cds.catalog.indicator.Indicator;
import vn.thanhhoa.cds.schemas.alert.AlertKind;
import vn.thanhhoa.cds.schemas.alert.CommuneAlert;
import vn.thanhhoa.cds.schemas.indicator.IndicatorValue;
import vn.thanhhoa.cds.schemas.indicator.ValueStatus;

/**
 * Alerts a commune when a judged value falls clearly below its target or, met today, is projected to
 * miss it by the year's end (AT_RISK), and again when it recovers. Each indicator, year and window of
 * a commune has episodes: the n-th time it went below or at risk opens episode n, whose id its alerts
 * carry (at risk, then below, then recovered: one episode, three alerts). The episodes are kept in a changelogged store, so a
 * restarted engine neither raises an episode again nor gives it another id.
 */
public final class AlertProcessor implements Processor<String, IndicatorValue, String, CommuneAlert> {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final Catalog catalog;
    private final AdministrativeUnits units;
    private final AlertPolicy policy;
    private final String storeName;
    private ProcessorContext<String, CommuneAlert> context;
    private KeyValueStore<String, String> episodes;

    public AlertProcessor(Catalog catalog, AdministrativeUnits units, AlertPolicy policy, String storeName) {
        this.catalog = catalog;
        this.units = units;
        this.policy = policy;
        this.storeName = storeName;
    }

    @Override
    public void init(ProcessorContext<String, CommuneAlert> context) {
        this.context = context;
        this.episodes = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, IndicatorValue> record) {
        IndicatorValue value = record.value();
        if (!value.getJudged() || value.getValue() == null || value.getTargetOperator() == null) {
            return;
        }
        String key = value.getUnitCode() + "|" + value.getIndicatorSet() + "|" + value.getIndicatorCode() + "|" + value.getYear() + "|" + value.getWindowKind();
        // "open|n", "open|n|risk" (opened by a projection, not below yet) or "closed|n".
        String[] state = episodes.get(key) == null ? null : episodes.get(key).split("\\|");
        boolean open = state != null && state[0].equals("open");
        boolean riskOnly = open && state.length > 2;
        int episode = state == null ? 0 : Integer.parseInt(state[1]);
        boolean below = clearlyBelow(value) && enoughEntries(value);
        if (!open && below) {
            episode++;
            episodes.put(key, "open|" + episode);
            emit(value, key + "|" + episode, AlertKind.BELOW, record);
        } else if (!open && value.getStatus() == ValueStatus.AT_RISK && enoughEntries(value)) {
            episode++;
            episodes.put(key, "open|" + episode + "|risk");
            emit(value, key + "|" + episode, AlertKind.AT_RISK, record);
        } else if (riskOnly && below) {
            // The same episode: heading below, then below.
            episodes.put(key, "open|" + episode);
            emit(value, key + "|" + episode, AlertKind.BELOW, record);
        } else if (open && value.getStatus() == ValueStatus.MET) {
            episodes.put(key, "closed|" + episode);
            emit(value, key + "|" + episode, AlertKind.RECOVERED, record);
        }
    }

    private boolean clearlyBelow(IndicatorValue value) {
        if (value.getStatus() != ValueStatus.BELOW) {
            return false;
        }
        double v = value.getValue();
        Double target = value.getTargetValue();
        return switch (value.getTargetOperator()) {
            case ">=", ">", "score" -> v < target - policy.band();
            case "<=" -> v > target + policy.band();
            case "between" -> v < target - policy.band() || v > value.getTargetUpper() + policy.band();
            default -> true; // exists: a "no" is not a matter of degree
        };
    }

    private boolean enoughEntries(IndicatorValue value) {
        return value.getDenominator() == null || value.getDenominator() >= policy.minimumDenominator();
    }

    private void emit(IndicatorValue value, String episodeId, AlertKind kind, Record<String, IndicatorValue> record) {
        Optional<Indicator> indicator = catalog.set(value.getIndicatorSet()).flatMap(set -> set.indicator(value.getIndicatorCode()));
        String commune = units.unit(value.getUnitCode(), value.getWindowEnd()).map(AdministrativeUnit::name).orElse("Xã " + value.getUnitCode());
        CommuneAlert alert = CommuneAlert.newBuilder()
                .setAlertId(episodeId + "|" + kind)
                .setEpisodeId(episodeId)
                .setKind(kind)
                .setCommuneCode(value.getUnitCode())
                .setCommuneName(commune)
                .setIndicatorSet(value.getIndicatorSet())
                .setIndicatorCode(value.getIndicatorCode())
                .setIndicatorName(indicator.map(Indicator::name).orElse(null))
                .setYear(value.getYear())
                .setWindowKind(value.getWindowKind().name())
                .setValue(value.getValue())
                .setTargetOperator(value.getTargetOperator())
                .setTarget(value.getTargetValue())
                .setNumerator(value.getNumerator())
                .setDenominator(value.getDenominator())
                .setOwner(indicator.map(i -> i.ownership().ownerPrinted()).orElse(null))
                .setMessage(message(commune, value, kind))
                .setRaisedAt(value.getComputedAt())
                .build();
        context.forward(new Record<>(alert.getAlertId(), alert, record.timestamp()));
    }

    /** One sentence for the officer: the number that moved, and what would bring it back. */
    static String message(String commune, IndicatorValue value, AlertKind kind) {
        NumberFormat number = NumberFormat.getNumberInstance(VIETNAMESE);
        number.setMaximumFractionDigits(1);
        boolean ratio = value.getDenominator() != null;
        String unit = ratio ? "%" : "";
        String figure = number.format(value.getValue()) + unit + (ratio ? " (" + number.format(value.getNumerator()) + "/" + number.format(value.getDenominator()) + ")" : "");
        String target = value.getTargetValue() == null ? "" : " " + value.getTargetOperator() + " " + number.format(value.getTargetValue()) + unit;
        String head = commune + ": chỉ tiêu " + value.getIndicatorCode() + " năm " + value.getYear();
        if (kind == AlertKind.RECOVERED) {
            return head + " đã đạt lại: " + figure + ", mức giao" + target + ".";
        }
        if (kind == AlertKind.AT_RISK) {
            return head + " đạt " + figure + ", nhưng theo nhịp 30 ngày gần đây dự kiến cuối năm chỉ đạt "
                    + number.format(value.getYearEndProjection()) + unit + ", không đạt mức giao" + target + ".";
        }
        if (value.getTargetValue() == null) {
            return head + " chưa đạt: chưa kê khai có, kèm minh chứng.";
        }
        String need = "";
        if (ratio && (">=".equals(value.getTargetOperator()) || ">".equals(value.getTargetOperator()))) {
            double required = value.getTargetValue() / 100 * value.getDenominator();
            long more = (long) Math.ceil(required - value.getNumerator() + (">".equals(value.getTargetOperator()) ? 1e-9 : 0));
            need = "; cần thêm " + number.format(more) + " để đạt";
        } else if (!ratio && ">=".equals(value.getTargetOperator())) {
            need = "; cần thêm " + number.format(Math.ceil(value.getTargetValue() - value.getValue())) + " để đạt";
        }
        return head + " đạt " + figure + ", dưới mức giao" + target + need + ".";
    }
}
