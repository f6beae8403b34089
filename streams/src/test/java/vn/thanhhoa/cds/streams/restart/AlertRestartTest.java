package vn.thanhhoa.cds.streams.restart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.adminunits.ReferenceData;
import vn.thanhhoa.cds.catalog.load.CatalogLoader;
import vn.thanhhoa.cds.runtime.kafka.EmbeddedKafkaBroker;
import vn.thanhhoa.cds.runtime.kafka.TopicProvisioning;
import vn.thanhhoa.cds.runtime.registry.SchemaRegistryProcess;
import vn.thanhhoa.cds.schemas.alert.AlertKind;
import vn.thanhhoa.cds.schemas.alert.CommuneAlert;
import vn.thanhhoa.cds.schemas.indicator.IndicatorValue;
import vn.thanhhoa.cds.schemas.raw.Declaration;
import vn.thanhhoa.cds.schemas.raw.Evidence;
import vn.thanhhoa.cds.schemas.reference.StatisticRecord;
import vn.thanhhoa.cds.schemas.reference.TargetRecord;
import vn.thanhhoa.cds.schemas.serde.WireFormatSerializer;
import vn.thanhhoa.cds.schemas.topic.PipelineTopics;
import vn.thanhhoa.cds.streams.app.EngineConfig;
import vn.thanhhoa.cds.streams.app.IndicatorEngine;
import vn.thanhhoa.cds.streams.serde.RegistrySerdes;

/**
 * The engine as it runs (KafkaStreams, exactly-once, the embedded broker and registry), stopped in
 * the middle of an alert episode, its local state deleted, and started again: the episode store is
 * restored from its changelog, so the episode keeps its id and is neither raised again nor
 * renumbered. Yên Hùng's 2024 item 3.1 over 100 working-age people, target ">= 70", band 2 points.
 */
class AlertRestartTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String YEN_HUNG = "15433";
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @TempDir
    Path directory;

    @Test
    void anEpisodeKeepsItsIdWhenTheEngineRestartsFromItsChangelogs() throws Exception {
        Clock clock = Clock.fixed(LocalDateTime.parse("2026-11-25T10:00").atZone(VIETNAM).toInstant(), VIETNAM);
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(directory.resolve("kafka"), 0, 0);
             SchemaRegistryProcess registry = SchemaRegistryProcess.start(directory.resolve("registry"), 0);
             Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()));
             WireFormatSerializer serializer = new WireFormatSerializer(registry.url());
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", broker.bootstrapServers()),
                     new StringSerializer(), new ByteArraySerializer());
             Output output = new Output(broker.bootstrapServers(), registry.url())) {
            new TopicProvisioning(admin).ensure(PipelineTopics.ALL);
            Path state = directory.resolve("state");
            EngineConfig config = new EngineConfig(Map.of(EngineConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                    EngineConfig.REGISTRY_URL_CONFIG, registry.url(), EngineConfig.STATE_DIR_CONFIG, state.toString()));
            Feed feed = new Feed(producer, serializer);
            feed.send(PipelineTopics.REF_STATISTIC.name(), YEN_HUNG + "|2024|population.working_age",
                    new StatisticRecord(YEN_HUNG, 2024, "population.working_age", 100.0, "test"));
            feed.send(PipelineTopics.REF_TARGET.name(), "2023-2025|3.1|2024|*", new TargetRecord("2023-2025", "3.1", 2024, null, ">=", 70.0, null, "test"));

            List<CommuneAlert> alerts = new ArrayList<>();
            try (IndicatorEngine engine = IndicatorEngine.start(config, CatalogLoader.builtIn(), ReferenceData.load().units(), clock)) {
                feed.declare(50, "2024-10-01T09:00");
                alerts.addAll(output.alertsUntil(all -> all.size() == 1));
                feed.declare(69, "2024-10-02T09:00");
                output.valueUntil(v -> Math.abs(v.getValue() - 69.0) < 1e-9);
            }
            deleteRecursively(state);

            try (IndicatorEngine engine = IndicatorEngine.start(config, CatalogLoader.builtIn(), ReferenceData.load().units(), clock)) {
                feed.declare(68.5, "2024-10-03T09:00");
                output.valueUntil(v -> Math.abs(v.getValue() - 68.5) < 1e-9);
                feed.declare(71, "2024-10-04T09:00");
                alerts.addAll(output.alertsUntil(all -> all.size() == 1));
                feed.declare(60, "2024-10-05T09:00");
                alerts.addAll(output.alertsUntil(all -> all.size() == 1));
                output.valueUntil(v -> Math.abs(v.getValue() - 60.0) < 1e-9);
            }
            alerts.addAll(output.alertsUntil(all -> true));

            // 50 % opens episode 1; 69 and, after the restart, 68.5 are inside it; 71 closes it; 60 opens episode 2.
            assertThat(alerts).extracting(CommuneAlert::getKind).containsExactly(AlertKind.BELOW, AlertKind.RECOVERED, AlertKind.BELOW);
            assertThat(alerts).extracting(CommuneAlert::getEpisodeId).containsExactly(
                    "15433|2023-2025|3.1|2024|AS_OF|1", "15433|2023-2025|3.1|2024|AS_OF|1", "15433|2023-2025|3.1|2024|AS_OF|2");
        }
    }

    private static void deleteRecursively(Path root) throws Exception {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Writes what the connectors and the reference publisher would, in the wire format. */
    private record Feed(KafkaProducer<String, byte[]> producer, WireFormatSerializer serializer) {

        void send(String topic, String key, org.apache.avro.specific.SpecificRecord record) throws Exception {
            producer.send(new ProducerRecord<>(topic, key, serializer.serialize(topic, record))).get();
        }

        void declare(double trained, String declaredLocal) throws Exception {
            Instant at = LocalDateTime.parse(declaredLocal).atZone(VIETNAM).toInstant();
            Declaration declaration = Declaration.newBuilder().setDeclarationId("D" + declaredLocal).setCommuneCode(YEN_HUNG)
                    .setIndicatorSet("2023-2025").setIndicatorCode("3.1").setYear(2024).setValue(trained).setParts(Map.of())
                    .setEvidence(List.of(new Evidence("Báo cáo", "BC-01"))).setDeclaredBy("canbo").setDeclaredAt(at).build();
            send(PipelineTopics.RAW_DECLARATION.name(), YEN_HUNG + "|2023-2025|3.1|2024", declaration);
        }
    }

    /** The engine's committed output: its values of 3.1 and its alerts, read as a downstream reader reads them. */
    private static final class Output implements AutoCloseable {

        private final KafkaConsumer<String, IndicatorValue> values;
        private final KafkaConsumer<String, CommuneAlert> alerts;

        Output(String bootstrap, String registryUrl) {
            RegistrySerdes serdes = new RegistrySerdes(registryUrl);
            // One group each: consumers of one group wait for each other at a rebalance, and these poll in turn.
            values = new KafkaConsumer<>(config(bootstrap, "values"), new StringDeserializer(), serdes.serde(IndicatorValue.class).deserializer());
            values.subscribe(List.of(PipelineTopics.INDICATOR_VALUE.name()));
            alerts = new KafkaConsumer<>(config(bootstrap, "alerts"), new StringDeserializer(), serdes.serde(CommuneAlert.class).deserializer());
            alerts.subscribe(List.of(PipelineTopics.ALERT.name()));
        }

        private static Map<String, Object> config(String bootstrap, String group) {
            return Map.of("bootstrap.servers", bootstrap, "isolation.level", "read_committed", "auto.offset.reset", "earliest",
                    "group.id", "restart-test-" + group);
        }

        /** Reads values until Yên Hùng's 2024 3.1 value satisfies {@code wanted}. */
        void valueUntil(Predicate<IndicatorValue> wanted) {
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, IndicatorValue> record : values.poll(Duration.ofMillis(200))) {
                    IndicatorValue value = record.value();
                    if (value.getUnitCode().equals(YEN_HUNG) && value.getIndicatorCode().equals("3.1") && value.getValue() != null && wanted.test(value)) {
                        return;
                    }
                }
            }
            throw new AssertionError("no value of 3.1 as awaited within " + PATIENCE);
        }

        /** The alerts read from now until {@code enough} holds of them (or, for "true", a quiet second). */
        List<CommuneAlert> alertsUntil(Predicate<List<CommuneAlert>> enough) {
            List<CommuneAlert> read = new ArrayList<>();
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            long quietUntil = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, CommuneAlert> record : alerts.poll(Duration.ofMillis(200))) {
                    read.add(record.value());
                }
                if (!read.isEmpty() && enough.test(read) || enough.test(read) && System.nanoTime() > quietUntil) {
                    return read;
                }
            }
            throw new AssertionError("alerts awaited within " + PATIENCE + "; read " + read);
        }

        @Override
        public void close() {
            values.close();
            alerts.close();
        }
    }
}
