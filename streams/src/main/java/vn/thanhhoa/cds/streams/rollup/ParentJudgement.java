package vn.thanhhoa.cds.streams.rollup;

import java.time.Clock;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import vn.thanhhoa.cds.schemas.indicator.IndicatorValue;
import vn.thanhhoa.cds.schemas.indicator.ValueStatus;
import vn.thanhhoa.cds.schemas.reference.TargetRecord;
import vn.thanhhoa.cds.streams.indicators.LiveTarget;
import vn.thanhhoa.cds.streams.indicators.ReferenceChanges;
import vn.thanhhoa.cds.streams.indicators.ReferenceLookup;

/**
 * A parent unit's value from its sums: the ratio of the summed numerator to the summed denominator
 * (or the summed count), judged against the province's target for the year on the judged window.
 */
public final class ParentJudgement implements Processor<String, IndicatorValue, String, IndicatorValue> {

    private final String targetsStore;
    private final ReferenceChanges references;
    private final Clock clock;
    private ProcessorContext<String, IndicatorValue> context;
    private LiveTarget targets;

    public ParentJudgement(String targetsStore, ReferenceChanges references, Clock clock) {
        this.targetsStore = targetsStore;
        this.references = references;
        this.clock = clock;
    }

    @Override
    public void init(ProcessorContext<String, IndicatorValue> context) {
        this.context = context;
        this.targets = new LiveTarget(new ReferenceLookup<>(context.getStateStore(targetsStore), references));
    }

    @Override
    public void process(Record<String, IndicatorValue> record) {
        IndicatorValue sum = record.value();
        Double value = sum.getDenominator() == null ? sum.getNumerator()
                : sum.getDenominator() > 0 ? sum.getNumerator() / sum.getDenominator() * 100 : null;
        TargetRecord target = targets.of(sum.getIndicatorSet(), sum.getIndicatorCode(), sum.getYear(), LiveTarget.PROVINCE_DEFAULT).orElse(null);
        ValueStatus status = value == null ? ValueStatus.NO_DATA
                : !sum.getJudged() ? ValueStatus.TREND
                : target == null ? ValueStatus.NOT_APPLICABLE
                : LiveTarget.isMet(target, value) ? ValueStatus.MET : ValueStatus.BELOW;
        IndicatorValue judged = IndicatorValue.newBuilder(sum)
                .setValue(value)
                .setPoints(null)
                .setYearEndProjection(null) // a commune's, copied into the sum: parents are not projected
                .setTargetOperator(target == null ? null : target.getOperator())
                .setTargetValue(target == null ? null : target.getValue())
                .setTargetUpper(target == null ? null : target.getUpper())
                .setStatus(status)
                .setComputedAt(clock.instant())
                .build();
        context.forward(record.withValue(judged));
    }
}
