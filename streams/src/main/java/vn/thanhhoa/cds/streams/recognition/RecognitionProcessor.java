package vn.thanhhoa.cds.streams.recognition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import vn.thanhhoa.cds.catalog.Catalog;
import vn.thanhhoa.cds.schemas.indicator.IndicatorValue;
import vn.thanhhoa.cds.schemas.indicator.UnitLevel;
import vn.thanhhoa.cds.schemas.indicator.ValueStatus;
import vn.thanhhoa.cds.schemas.recognition.CommuneRecognition;
import vn.thanhhoa.cds.streams.indicators.EngineStores;
import vn.thanhhoa.cds.streams.indicators.ReferenceChanges;
import vn.thanhhoa.cds.streams.indicators.ReferenceLookup;
import vn.thanhhoa.cds.streams.indicators.LiveTarget;
import vn.thanhhoa.cds.streams.measures.RecordField;

/**
 * Follows each commune's judged values and gives its recognition outlook for the year whenever it
 * changes. The judged status of every indicator of a commune, set and year is kept in a changelogged
 * store ({@code commune|set|year} → one {@code code<TAB>STATUS} line per indicator), so a restarted
 * engine knows what every indicator stood at; an outlook equal to the last one given (apart from the
 * time it was computed) is not given again.
 */
public final class RecognitionProcessor implements Processor<String, IndicatorValue, String, CommuneRecognition> {

    private static final String LAST = "|given";

    private final Catalog catalog;
    private final Clock clock;
    private final EngineStores stores;
    private final String storeName;
    private final ReferenceChanges references;
    // Per commune, set and year: the day and reference version of its last outlook. With its statuses
    // unchanged, an outlook can only change with them; kept in memory, so a restart gives each again.
    private final Map<String, String> lastInputs = new java.util.HashMap<>();
    private ProcessorContext<String, CommuneRecognition> context;
    private KeyValueStore<String, String> judged;
    private RecognitionOutlook outlook;

    public RecognitionProcessor(Catalog catalog, Clock clock, EngineStores stores, ReferenceChanges references, String storeName) {
        this.references = references;
        this.catalog = catalog;
        this.clock = clock;
        this.stores = stores;
        this.storeName = storeName;
    }

    @Override
    public void init(ProcessorContext<String, CommuneRecognition> context) {
        this.context = context;
        this.judged = context.getStateStore(storeName);
        this.outlook = new RecognitionOutlook(catalog, new LiveTarget(new ReferenceLookup<>(context.getStateStore(stores.targets()), references)),
                new ReferenceLookup<>(context.getStateStore(stores.statistics()), references));
    }

    @Override
    public void process(Record<String, IndicatorValue> record) {
        IndicatorValue value = record.value();
        if (value == null || value.getUnitLevel() != UnitLevel.COMMUNE || !value.getJudged()) {
            return;
        }
        String key = value.getUnitCode() + "|" + value.getIndicatorSet() + "|" + value.getYear();
        Map<String, ValueStatus> statuses = read(judged.get(key));
        boolean statusChanged = statuses.put(value.getIndicatorCode(), value.getStatus()) != value.getStatus();
        if (statusChanged) {
            judged.put(key, write(statuses));
        }
        LocalDate today = LocalDate.now(clock.withZone(RecordField.VIETNAM));
        LocalDate asOf = value.getYear() < today.getYear() ? LocalDate.of(value.getYear(), 12, 31) : today;
        String inputs = asOf + "|" + references.version();
        if (!statusChanged && inputs.equals(lastInputs.get(key))) {
            return; // same statuses, same day, same targets and statistics: the same outlook
        }
        lastInputs.put(key, inputs);
        outlook.of(value.getIndicatorSet(), value.getUnitCode(), value.getYear(), asOf, statuses, clock.instant()).ifPresent(recognition -> {
            String content = CommuneRecognition.newBuilder(recognition).setComputedAt(java.time.Instant.EPOCH).build().toString();
            if (!content.equals(judged.get(key + LAST))) {
                judged.put(key + LAST, content);
                context.forward(new Record<>(RecognitionOutlook.key(recognition), recognition, record.timestamp()));
            }
        });
    }

    private static Map<String, ValueStatus> read(String stored) {
        Map<String, ValueStatus> statuses = new LinkedHashMap<>();
        if (stored != null && !stored.isEmpty()) {
            for (String line : stored.split("\n")) {
                int tab = line.indexOf('\t');
                statuses.put(line.substring(0, tab), ValueStatus.valueOf(line.substring(tab + 1)));
            }
        }
        return statuses;
    }

    private static String write(Map<String, ValueStatus> statuses) {
        StringBuilder text = new StringBuilder();
        statuses.forEach((code, status) -> text.append(code).append('\t').append(status).append('\n'));
        return text.toString();
    }
}
