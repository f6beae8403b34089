package vn.thanhhoa.cds.streams;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import vn.thanhhoa.cds.catalog.Catalog;
import vn.thanhhoa.cds.catalog.load.CatalogLoader;
import vn.thanhhoa.cds.schemas.indicator.IndicatorValue;
import vn.thanhhoa.cds.schemas.indicator.ValueWindow;
import vn.thanhhoa.cds.schemas.raw.Declaration;
import vn.thanhhoa.cds.schemas.raw.DossierStatusChanged;
import vn.thanhhoa.cds.schemas.raw.Evidence;
import vn.thanhhoa.cds.schemas.raw.ReceivingChannel;
import vn.thanhhoa.cds.schemas.raw.ReportSource;
import vn.thanhhoa.cds.schemas.raw.ReportedMeasure;
import vn.thanhhoa.cds.schemas.reference.StatisticRecord;
import vn.thanhhoa.cds.schemas.reference.TargetRecord;
import vn.thanhhoa.cds.schemas.topic.PipelineTopics;
import vn.thanhhoa.cds.streams.serde.AvroBinarySerde;

/**
 * The engine's topology in Kafka's TopologyTestDriver, with the built-in catalog and a fixed "today",
 * and builders for the records the tests feed it. The pipeline's topics are plain Avro here (no
 * registry); the topology is the one every deployment builds.
 */
final class EngineDriver implements AutoCloseable {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Catalog CATALOG = CatalogLoader.builtIn();
    static final vn.thanhhoa.cds.adminunits.unit.AdministrativeUnits UNITS = vn.thanhhoa.cds.adminunits.ReferenceData.load().units();

    private final TopologyTestDriver driver;
    private final TestClock clock;
    private final TestOutputTopic<String, IndicatorValue> values;
    private final TestOutputTopic<String, IndicatorValue> monthEnds;
    private final TestOutputTopic<String, vn.thanhhoa.cds.schemas.alert.CommuneAlert> alerts;
    private final TestOutputTopic<String, vn.thanhhoa.cds.schemas.recognition.CommuneRecognition> recognitions;
    private final Map<String, IndicatorValue> latest = new java.util.TreeMap<>();

    EngineDriver(LocalDateTime todayInVietnam, java.nio.file.Path stateDirectory) {
        clock = new TestClock(todayInVietnam.atZone(VIETNAM).toInstant());
        StreamsBuilder builder = new StreamsBuilder();
        IndicatorTopology.build(builder, CATALOG, UNITS, AvroBinarySerde.PLAIN, clock);
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "engine-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDirectory.toString());
        driver = new TopologyTestDriver(builder.build(), props);
        values = driver.createOutputTopic(PipelineTopics.INDICATOR_VALUE.name(), Serdes.String().deserializer(),
                AvroBinarySerde.PLAIN.serde(IndicatorValue.class).deserializer());
        monthEnds = driver.createOutputTopic(PipelineTopics.INDICATOR_VALUE_MONTH_END.name(), Serdes.String().deserializer(),
                AvroBinarySerde.PLAIN.serde(IndicatorValue.class).deserializer());
        alerts = driver.createOutputTopic(PipelineTopics.ALERT.name(), Serdes.String().deserializer(),
                AvroBinarySerde.PLAIN.serde(vn.thanhhoa.cds.schemas.alert.CommuneAlert.class).deserializer());
        recognitions = driver.createOutputTopic(PipelineTopics.RECOGNITION.name(), Serdes.String().deserializer(),
                AvroBinarySerde.PLAIN.serde(vn.thanhhoa.cds.schemas.recognition.CommuneRecognition.class).deserializer());
    }

    /** The recognition outlooks given since the last call, in order, with their keys (after evaluating what changed). */
    List<org.apache.kafka.streams.KeyValue<String, vn.thanhhoa.cds.schemas.recognition.CommuneRecognition>> recognitions() {
        evaluate();
        return recognitions.readKeyValuesToList();
    }

    /** The alerts raised since the last call, in order (after evaluating what changed). */
    List<vn.thanhhoa.cds.schemas.alert.CommuneAlert> alerts() {
        evaluate();
        return alerts.readValuesToList();
    }

    /** Moves "today" (the windows' end), as midnight passing would. */
    void today(LocalDateTime inVietnam) {
        clock.set(inVietnam.atZone(VIETNAM).toInstant());
    }

    /** Lets the engine's evaluation interval pass: the communes changed since are evaluated. */
    void evaluate() {
        driver.advanceWallClockTime(java.time.Duration.ofSeconds(1));
    }

    <T extends SpecificRecord> void send(String topic, Class<T> type, String key, T record) {
        TestInputTopic<String, T> input = driver.createInputTopic(topic, Serdes.String().serializer(), AvroBinarySerde.PLAIN.serde(type).serializer());
        input.pipeInput(key, record);
    }

    void dossier(DossierStatusChanged dossier) {
        send(PipelineTopics.RAW_DOSSIER.name(), DossierStatusChanged.class, dossier.getDossierCode(), dossier);
    }

    void dossiers(List<DossierStatusChanged> dossiers) {
        dossiers.forEach(this::dossier);
    }

    void report(ReportedMeasure report) {
        send(PipelineTopics.RAW_REPORTED_MEASURE.name(), ReportedMeasure.class,
                report.getCommuneCode() + "|" + report.getMeasure() + "|" + report.getPeriod() + "|" + report.getReporter(), report);
    }

    void declaration(Declaration declaration) {
        send(PipelineTopics.RAW_DECLARATION.name(), Declaration.class, declaration.getCommuneCode() + "|" + declaration.getIndicatorSet() + "|"
                + declaration.getIndicatorCode() + "|" + declaration.getYear() + (declaration.getMonth() == null ? "" : "|" + declaration.getMonth()), declaration);
    }

    void statistic(String commune, int year, String measure, double value) {
        send(PipelineTopics.REF_STATISTIC.name(), StatisticRecord.class, commune + "|" + year + "|" + measure,
                new StatisticRecord(commune, year, measure, value, "test"));
    }

    /** A target as the reference publisher writes it; {@code commune} null for the province default. */
    void target(String set, String code, int year, String commune, String operator, Double value) {
        send(PipelineTopics.REF_TARGET.name(), TargetRecord.class, set + "|" + code + "|" + year + "|" + (commune == null ? "*" : commune),
                new TargetRecord(set, code, year, commune, operator, value, null, "test"));
    }

    /** The latest value of each key written so far (after evaluating what changed). */
    Map<String, IndicatorValue> values() {
        evaluate();
        values.readKeyValuesToList().forEach(kv -> latest.put(kv.key, kv.value));
        return latest;
    }

    /**
     * The month-end values written since the last call, in order, with their keys, after the
     * month-end interval has passed (the commune-months marked since are evaluated).
     */
    List<org.apache.kafka.streams.KeyValue<String, IndicatorValue>> monthEnds() {
        evaluate();
        driver.advanceWallClockTime(IndicatorTopology.DEFAULT_MONTH_END_INTERVAL);
        return monthEnds.readKeyValuesToList();
    }

    /** The past months waiting for their month-end evaluation, as the engine's changelogged store holds them (no time passes). */
    List<String> monthEndMarks() {
        List<String> keys = new java.util.ArrayList<>();
        try (org.apache.kafka.streams.state.KeyValueIterator<String, String> all = driver.<String, String>getKeyValueStore("month-end-marks").all()) {
            all.forEachRemaining(entry -> keys.add(entry.key));
        }
        return keys;
    }

    /** One of the engine's state stores, as its processors see it (no time passes). */
    <V> org.apache.kafka.streams.state.KeyValueStore<String, V> store(String name) {
        return driver.getKeyValueStore(name);
    }

    IndicatorValue value(String commune, String set, String code, int year, ValueWindow window) {
        IndicatorValue value = values().get(commune + "|" + set + "|" + code + "|" + year + "|" + window);
        if (value == null) {
            throw new AssertionError("no value for " + commune + " " + set + " " + code + " " + year + " " + window + "; have " + latest.keySet());
        }
        return value;
    }

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(VIETNAM).toInstant();
    }

    /** A dossier state as the one-stop connector writes it. */
    static DossierStatusChanged dossier(String code, String commune, int status, ReceivingChannel channel, String receivedLocal, String changedLocal) {
        return DossierStatusChanged.newBuilder()
                .setEventId(code + "@" + changedLocal + "#" + status)
                .setDossierCode(code)
                .setProcedureCode("1.000894.000.00.00.H56")
                .setChannel(channel)
                .setStatus(status)
                .setReceivedAt(receivedLocal == null ? null : at(receivedLocal))
                .setHasDigitisedComponents(false)
                .setHasElectronicResult(false)
                .setReusedData(false)
                .setSubmittedFiles(1)
                .setReusedFiles(0)
                .setVneidVerified(false)
                .setPaidOnline(false)
                .setHasFees(false)
                .setAgencyCode("000.20.43.H56")
                .setCommuneCode(commune)
                .setChangedAt(at(changedLocal))
                .setSourceLocation("test")
                .build();
    }

    static ReportedMeasure reported(String commune, String measure, String period, double value, String reporter, String reportedLocal) {
        return ReportedMeasure.newBuilder().setCommuneCode(commune).setMeasure(measure).setPeriod(period).setValue(value)
                .setSource(ReportSource.TELECOM).setReporter(reporter).setFile(reporter + "-" + period + ".csv").setRow(4)
                .setReportedAt(at(reportedLocal)).build();
    }

    static Declaration declared(String commune, String set, String code, int year, Double value, Boolean met, String declaredLocal) {
        return Declaration.newBuilder()
                .setDeclarationId(commune + set + code + year + declaredLocal)
                .setCommuneCode(commune)
                .setIndicatorSet(set)
                .setIndicatorCode(code)
                .setYear(year)
                .setValue(value)
                .setMet(met)
                .setParts(Map.of())
                .setEvidence(List.of(new Evidence("Báo cáo", "BC-01")))
                .setDeclaredBy("canbo")
                .setDeclaredAt(at(declaredLocal))
                .build();
    }

    @Override
    public void close() {
        driver.close();
    }
}
