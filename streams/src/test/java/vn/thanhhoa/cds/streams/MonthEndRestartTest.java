package vn.thanhhoa.cds.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thanhhoa.cds.schemas.raw.ReceivingChannel.DIRECT;
import static vn.thanhhoa.cds.schemas.raw.ReceivingChannel.ONLINE;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.adminunits.ReferenceData;
import vn.thanhhoa.cds.runtime.kafka.EmbeddedKafkaBroker;
import vn.thanhhoa.cds.runtime.kafka.TopicProvisioning;
import vn.thanhhoa.cds.runtime.registry.SchemaRegistryProcess;
import vn.thanhhoa.cds.schemas.indicator.IndicatorValue;
import vn.thanhhoa.cds.schemas.raw.DossierStatusChanged;
import vn.thanhhoa.cds.schemas.serde.WireFormatSerializer;
import vn.thanhhoa.cds.schemas.topic.PipelineTopics;
import vn.thanhhoa.cds.streams.alerts.AlertPolicy;
import vn.thanhhoa.cds.streams.app.EngineConfig;
import vn.thanhhoa.cds.streams.serde.RegistrySerdes;

/**
 * The engine as it runs (KafkaStreams, exactly-once, the embedded broker and registry) stopped after
 * it committed March's dossiers but before its month-end evaluation (an hour away in the first run),
 * its local state deleted, and started again with no new input: the marks come back from the
 * changelog of {@code month-end-marks}, and March's month-end value (Yên Ninh, 2026 item 9, 3 online
 * of 4 received) is given. Without the store the second run would have nothing to evaluate.
 */
class MonthEndRestartTest {

    private static final String YEN_NINH = "15442";
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @TempDir
    Path directory;

    @Test
    void marksWaitingForTheirEvaluationSurviveARestartFromTheChangelogs() throws Exception {
        Clock clock = Clock.fixed(EngineDriver.at("2026-11-10T10:00"), EngineDriver.VIETNAM);
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(directory.resolve("kafka"), 0, 0);
             SchemaRegistryProcess registry = SchemaRegistryProcess.start(directory.resolve("registry"), 0);
             Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()));
             WireFormatSerializer serializer = new WireFormatSerializer(registry.url());
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", broker.bootstrapServers()),
                     new StringSerializer(), new ByteArraySerializer())) {
            new TopicProvisioning(admin).ensure(PipelineTopics.ALL);
            Path state = directory.resolve("state");
            EngineConfig config = new EngineConfig(Map.of(EngineConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                    EngineConfig.REGISTRY_URL_CONFIG, registry.url(), EngineConfig.STATE_DIR_CONFIG, state.toString()));
            List<DossierStatusChanged> march = List.of(
                    EngineDriver.dossier("M1", YEN_NINH, 2, ONLINE, "2026-03-02T09:00", "2026-03-02T09:01"),
                    EngineDriver.dossier("M2", YEN_NINH, 2, ONLINE, "2026-03-10T09:00", "2026-03-10T09:01"),
                    EngineDriver.dossier("M3", YEN_NINH, 2, ONLINE, "2026-03-20T09:00", "2026-03-20T09:01"),
                    EngineDriver.dossier("M4", YEN_NINH, 2, DIRECT, "2026-03-25T09:00", "2026-03-25T09:01"));
            for (DossierStatusChanged dossier : march) {
                String topic = PipelineTopics.RAW_DOSSIER.name();
                producer.send(new ProducerRecord<>(topic, dossier.getDossierCode(), serializer.serialize(topic, dossier))).get();
            }

            try (KafkaStreams engine = start(config, clock, Duration.ofHours(1));
                 KafkaConsumer<String, IndicatorValue> live = consumer(broker.bootstrapServers(), registry.url(), "live", PipelineTopics.INDICATOR_VALUE.name())) {
                // The live value counting all four is committed, so are the observations behind it.
                read(live, v -> v.getUnitCode().equals(YEN_NINH) && v.getIndicatorCode().equals("9") && v.getDenominator() != null && v.getDenominator() == 4.0);
            }
            deleteRecursively(state);

            try (KafkaStreams engine = start(config, clock, Duration.ofSeconds(1));
                 KafkaConsumer<String, IndicatorValue> monthEnd = consumer(broker.bootstrapServers(), registry.url(), "month-end",
                         PipelineTopics.INDICATOR_VALUE_MONTH_END.name())) {
                ConsumerRecord<String, IndicatorValue> marchEnd = read(monthEnd,
                        v -> v.getUnitCode().equals(YEN_NINH) && v.getIndicatorCode().equals("9") && v.getWindowKind().name().equals("YEAR_TO_DATE")
                                && v.getWindowEnd().equals(java.time.LocalDate.of(2026, 3, 31)));
                assertThat(marchEnd.key()).isEqualTo(YEN_NINH + "|2026|9|2026|YEAR_TO_DATE|2026-03");
                assertThat(marchEnd.value().getNumerator()).isEqualTo(3.0);
                assertThat(marchEnd.value().getDenominator()).isEqualTo(4.0);
            }
        }
    }

    private static KafkaStreams start(EngineConfig config, Clock clock, Duration monthEndEvery) {
        StreamsBuilder builder = new StreamsBuilder();
        IndicatorTopology.build(builder, EngineDriver.CATALOG, EngineDriver.UNITS, ReferenceData.load().conversion(), new RegistrySerdes(config.registryUrl()),
                clock, IndicatorTopology.DEFAULT_EVALUATION_INTERVAL, monthEndEvery, AlertPolicy.DEFAULT);
        KafkaStreams streams = new KafkaStreams(builder.build(), config.streamsProperties());
        streams.start();
        return streams;
    }

    private static KafkaConsumer<String, IndicatorValue> consumer(String bootstrap, String registryUrl, String group, String topic) {
        KafkaConsumer<String, IndicatorValue> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrap, "isolation.level", "read_committed",
                "auto.offset.reset", "earliest", "group.id", "month-end-restart-" + group),
                new StringDeserializer(), new RegistrySerdes(registryUrl).serde(IndicatorValue.class).deserializer());
        consumer.subscribe(List.of(topic));
        return consumer;
    }

    private static ConsumerRecord<String, IndicatorValue> read(KafkaConsumer<String, IndicatorValue> consumer, Predicate<IndicatorValue> wanted) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, IndicatorValue> record : consumer.poll(Duration.ofMillis(200))) {
                if (wanted.test(record.value())) {
                    return record;
                }
            }
        }
        throw new AssertionError("no value as awaited within " + PATIENCE);
    }

    private static void deleteRecursively(Path root) throws Exception {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
