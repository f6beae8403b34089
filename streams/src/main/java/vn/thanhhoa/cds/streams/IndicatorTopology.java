package vn.thanhhoa.cds.streams;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;
import vn.thanhhoa.cds.adminunits.ReferenceData;
import vn.thanhhoa.cds.adminunits.conversion.UnitConversion;
import vn.thanhhoa.cds.adminunits.unit.AdministrativeUnits;
import vn.thanhhoa.cds.catalog.Catalog;
import vn.thanhhoa.cds.catalog.measure.Measure;
import vn.thanhhoa.cds.catalog.measure.MeasureType;
import vn.thanhhoa.cds.catalog.measure.Source;
import vn.thanhhoa.cds.schemas.indicator.IndicatorValue;
import vn.thanhhoa.cds.schemas.raw.Declaration;
import vn.thanhhoa.cds.schemas.reference.StatisticRecord;
import vn.thanhhoa.cds.schemas.reference.TargetRecord;
import vn.thanhhoa.cds.schemas.topic.PipelineTopics;
import vn.thanhhoa.cds.schemas.alert.CommuneAlert;
import vn.thanhhoa.cds.schemas.recognition.CommuneRecognition;
import vn.thanhhoa.cds.streams.alerts.AlertPolicy;
import vn.thanhhoa.cds.streams.alerts.AlertProcessor;
import vn.thanhhoa.cds.streams.alerts.SilentSourceProcessor;
import vn.thanhhoa.cds.streams.indicators.EngineStores;
import vn.thanhhoa.cds.streams.indicators.IndicatorEvaluator;
import vn.thanhhoa.cds.streams.indicators.ReferenceChanges;
import vn.thanhhoa.cds.streams.indicators.ReferenceStoreUpdater;
import vn.thanhhoa.cds.streams.measures.CommuneObservations;
import vn.thanhhoa.cds.streams.measures.DeclarationProcessor;
import vn.thanhhoa.cds.streams.measures.EntityState;
import vn.thanhhoa.cds.streams.measures.LatestStateProcessor;
import vn.thanhhoa.cds.streams.measures.MeasureRule;
import vn.thanhhoa.cds.streams.measures.Observation;
import vn.thanhhoa.cds.streams.measures.RawSource;
import vn.thanhhoa.cds.streams.measures.RecordField;
import vn.thanhhoa.cds.streams.serde.AvroBinarySerde;
import vn.thanhhoa.cds.streams.serde.CommuneObservationsSerde;
import vn.thanhhoa.cds.streams.rollup.ParentJudgement;
import vn.thanhhoa.cds.streams.rollup.ParentUnits;
import vn.thanhhoa.cds.streams.rollup.UnitRollup;
import vn.thanhhoa.cds.streams.recognition.RecognitionProcessor;
import vn.thanhhoa.cds.streams.serde.RecordSerdes;
import vn.thanhhoa.cds.streams.units.ReformConversion;

/**
 * The indicator engine, built from the catalog: every raw topic → latest states of its entities →
 * observations of the catalog's measures, moved to the commune's partition → the commune's
 * indicators on {@code indicator.value}, their sums for the district and the province, and the
 * commune's alerts on {@code alert.commune}, and each commune's recognition outlook for the year on
 * {@code recognition.commune}. One method, called by the application, the demo and the
 * tests alike; a new indicator set is new catalog data, not new code here.
 */
public final class IndicatorTopology {

    private IndicatorTopology() {
    }

    /**
     * @param units  the administrative units, for rolling commune values up to districts and the province
     * @param serdes how the pipeline's topics are read and written (the registry in a deployment)
     * @param clock  "today" for the windows, in Asia/Ho_Chi_Minh
     */
    public static void build(StreamsBuilder builder, Catalog catalog, AdministrativeUnits units, RecordSerdes serdes, Clock clock) {
        build(builder, catalog, units, serdes, clock, DEFAULT_EVALUATION_INTERVAL);
    }

    /** How often changed communes are evaluated by default: about a commit interval. */
    public static final java.time.Duration DEFAULT_EVALUATION_INTERVAL = java.time.Duration.ofMillis(200);

    /** @param evaluateEvery how often the communes changed since are evaluated (once per interval, not per observation) */
    public static void build(StreamsBuilder builder, Catalog catalog, AdministrativeUnits units, RecordSerdes serdes, Clock clock,
                             java.time.Duration evaluateEvery) {
        build(builder, catalog, units, serdes, clock, evaluateEvery, AlertPolicy.DEFAULT);
    }

    /** @param alerts when a value or a silent source is worth an alert */
    public static void build(StreamsBuilder builder, Catalog catalog, AdministrativeUnits units, RecordSerdes serdes, Clock clock,
                             java.time.Duration evaluateEvery, AlertPolicy alerts) {
        build(builder, catalog, units, ReferenceData.load().conversion(), serdes, clock, evaluateEvery, alerts);
    }

    /** @param conversion the 1 July 2025 conversion of old communes into new ones (admin-units) */
    public static void build(StreamsBuilder builder, Catalog catalog, AdministrativeUnits units, UnitConversion conversion, RecordSerdes serdes,
                             Clock clock, java.time.Duration evaluateEvery, AlertPolicy alerts) {
        build(builder, catalog, units, conversion, serdes, clock, evaluateEvery, DEFAULT_MONTH_END_INTERVAL, alerts);
    }

    /**
     * How often the past months changed since are evaluated as of their last day by default: a backfill
     * touches the same months over and over, so each is evaluated once in this time, not once per event.
     */
    public static final java.time.Duration DEFAULT_MONTH_END_INTERVAL = java.time.Duration.ofSeconds(10);

    /** @param monthEndEvery how often the past months changed since are evaluated as of their last day ({@code indicator.value.month-end}) */
    public static void build(StreamsBuilder builder, Catalog catalog, AdministrativeUnits units, UnitConversion conversion, RecordSerdes serdes,
                             Clock clock, java.time.Duration evaluateEvery, java.time.Duration monthEndEvery, AlertPolicy alerts) {
        EngineStores stores = EngineStores.DEFAULT;
        ReferenceChanges references = new ReferenceChanges();
        builder.addGlobalStore(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(stores.targets()), Serdes.String(), serdes.serde(TargetRecord.class))
                        .withLoggingDisabled(),
                PipelineTopics.REF_TARGET.name(), Consumed.with(Serdes.String(), serdes.serde(TargetRecord.class)), () -> new ReferenceStoreUpdater<>(stores.targets(), references));
        builder.addGlobalStore(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(stores.statistics()), Serdes.String(), serdes.serde(StatisticRecord.class))
                        .withLoggingDisabled(),
                PipelineTopics.REF_STATISTIC.name(), Consumed.with(Serdes.String(), serdes.serde(StatisticRecord.class)), () -> new ReferenceStoreUpdater<>(stores.statistics(), references));
        // Small (communes × measures × periods: about 100,000 entries a year) and read dozens of times
        // per observation: held in memory, restored from its changelog after a restart.
        // Cached: a bucket (a commune's month of a measure) changes with every observation of it, and
        // only its last sum in a commit needs to reach the changelog (the cache is flushed before each commit).
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(stores.measureBuckets()), Serdes.String(), Serdes.Double())
                .withCachingEnabled());
        // The past months waiting for their month-end evaluation: a few hundred entries, changelogged.
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(stores.monthEndMarks()), Serdes.String(), Serdes.String()));

        List<KStream<String, CommuneObservations>> observations = new ArrayList<>();
        for (RawSource<?> source : RawSource.ALL) {
            observations.addAll(observe(builder, catalog, serdes, source));
        }
        KStream<String, CommuneObservations> all = observations.getFirst();
        for (KStream<String, CommuneObservations> more : observations.subList(1, observations.size())) {
            all = all.merge(more);
        }
        ReformConversion reform = new ReformConversion(conversion, catalog.measures());
        KStream<String, Observation> byCommune = all
                .flatMap((commune, group) -> reform.onUnitsOfTheirYear(group).stream()
                        .map(g -> org.apache.kafka.streams.KeyValue.pair(g.commune(), g)).toList(), Named.as("observations-on-units-of-their-year"))
                .repartition(Repartitioned.with(Serdes.String(), new CommuneObservationsSerde()).withName("observations-by-commune"))
                .flatMapValues(CommuneObservations::observations, Named.as("observations-one-by-one"));
        String sourcesHeard = "sources-heard";
        // Cached: written at every observation (when the source was last heard), needed once per commit.
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(sourcesHeard), Serdes.String(), Serdes.String())
                .withCachingEnabled());
        Produced<String, CommuneAlert> alertsOut = Produced.with(Serdes.String(), serdes.serde(CommuneAlert.class));
        byCommune.process(() -> new SilentSourceProcessor(catalog, units, alerts, clock, evaluateEvery, sourcesHeard), sourcesHeard)
                .to(PipelineTopics.ALERT.name(), alertsOut);
        KStream<String, IndicatorValue> evaluated = byCommune
                .process(() -> new IndicatorEvaluator(catalog, clock, stores, references, evaluateEvery, monthEndEvery), stores.measureBuckets(), stores.monthEndMarks());
        // Month-end values (keyed with their month) go apart: alerts and recognition read only the live ones.
        KStream<String, IndicatorValue> communeValues = evaluated.filterNot((key, value) -> IndicatorEvaluator.isMonthEnd(key), Named.as("live-values"));
        KStream<String, IndicatorValue> monthEndValues = evaluated.filter((key, value) -> IndicatorEvaluator.isMonthEnd(key), Named.as("month-end-values"));
        Produced<String, IndicatorValue> values = Produced.with(Serdes.String(), serdes.serde(IndicatorValue.class));
        communeValues.to(PipelineTopics.INDICATOR_VALUE.name(), values);
        monthEndValues.to(PipelineTopics.INDICATOR_VALUE_MONTH_END.name(), values);
        String episodes = "alert-episodes";
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(episodes), Serdes.String(), Serdes.String()));
        communeValues.process(() -> new AlertProcessor(catalog, units, alerts, episodes), episodes)
                .to(PipelineTopics.ALERT.name(), alertsOut);
        String judged = "recognition-judged";
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(judged), Serdes.String(), Serdes.String()));
        communeValues.process(() -> new RecognitionProcessor(catalog, clock, stores, references, judged), judged)
                .to(PipelineTopics.RECOGNITION.name(), Produced.with(Serdes.String(), serdes.serde(CommuneRecognition.class)));
        UnitRollup.of(communeValues, new ParentUnits(units), new AvroBinarySerde<>(IndicatorValue.class))
                .process(() -> new ParentJudgement(stores.targets(), references, clock))
                .to(PipelineTopics.INDICATOR_VALUE.name(), values);
        UnitRollup.of(monthEndValues, new ParentUnits(units), new AvroBinarySerde<>(IndicatorValue.class), UnitRollup.Rollup.MONTH_END)
                .process(() -> new ParentJudgement(stores.targets(), references, clock), Named.as("month-end-parent-judgement"))
                .to(PipelineTopics.INDICATOR_VALUE_MONTH_END.name(), values);
    }

    /** The observations of one raw topic: its entities kept where the record key puts them, or moved by the entity's field. */
    private static <T extends SpecificRecord> List<KStream<String, CommuneObservations>> observe(StreamsBuilder builder, Catalog catalog, RecordSerdes serdes,
                                                                                      RawSource<T> source) {
        KStream<String, T> records = builder.stream(source.topic(), Consumed.with(Serdes.String(), serdes.serde(source.type())));
        Serde<T> stateSerde = new AvroBinarySerde<>(source.type());
        String name = source.recordName();
        if (source.type() == Declaration.class) {
            String store = "latest-" + name;
            builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(store), Serdes.String(), Serdes.ByteArray()));
            @SuppressWarnings("unchecked")
            KStream<String, Declaration> declarations = (KStream<String, Declaration>) records;
            return List.of(declarations.process(() -> new DeclarationProcessor(catalog, store, new AvroBinarySerde<>(Declaration.class)), store));
        }
        Map<String, List<MeasureRule>> byPer = new LinkedHashMap<>();
        for (Measure measure : catalog.measures().byName().values()) {
            if (!Source.DECLARATION.equals(measure.source()) && measure.derivation().filter(d -> d.record().equals(name)).isPresent()) {
                MeasureRule rule = MeasureRule.of(measure, catalog.measures());
                byPer.computeIfAbsent(source.keyFields().contains(rule.per()) ? "" : rule.per(), k -> new ArrayList<>()).add(rule);
            }
        }
        List<KStream<String, CommuneObservations>> observed = new ArrayList<>();
        byPer.forEach((per, rules) -> {
            String store = "latest-" + name + (per.isEmpty() ? "" : "-by-" + per);
            // Cached: an entity's states often come close together (a dossier received, then resolved);
            // the last one of a commit is what RocksDB and the changelog need.
            builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(store), Serdes.String(), Serdes.ByteArray())
                    .withCachingEnabled());
            // Entities counted only while they meet a condition (people: distinct counts) ignore a
            // record that meets none, so such records need not travel to the entity's partition.
            boolean onlyMatchingCount = rules.stream().noneMatch(rule -> rule.type() == MeasureType.FLOW);
            List<String> read = rules.stream().flatMap(rule -> rule.fields().stream()).distinct().toList();
            KStream<String, T> entities = per.isEmpty() ? records
                    : records.filter((key, value) -> value != null && RecordField.text(value, per) != null
                                    && (!onlyMatchingCount || matchesAny(rules, EntityState.of(value, read))))
                            .selectKey((key, value) -> RecordField.text(value, per))
                            .repartition(Repartitioned.with(Serdes.String(), stateSerde).withName(name + "-by-" + per));
            observed.add(entities.process(() -> new LatestStateProcessor<>(rules, store, stateSerde), store));
        });
        return observed;
    }

    private static boolean matchesAny(List<MeasureRule> rules, EntityState state) {
        return rules.stream().anyMatch(rule -> rule.matches(state));
    }
}
