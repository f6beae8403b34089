package vn.thanhhoa.cds.runtime.kafka;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.thanhhoa.cds.schemas.serde.WireFormatSerializer;

/**
 * Writes keyed Avro records (the project's schemas, Confluent wire format) to a compacted topic and
 * waits until the broker has them: for reference data published at every start-up. Only records
 * that differ from the topic's latest value for their key are written, so a restart adds nothing
 * and a changed figure or target is one new record that propagates downstream.
 */
public final class AvroPublisher implements AutoCloseable {

    private final String bootstrapServers;
    private final KafkaProducer<String, byte[]> producer;
    private final WireFormatSerializer serializer;

    public AvroPublisher(String bootstrapServers, String registryBaseUrl) {
        this.bootstrapServers = bootstrapServers;
        Map<String, Object> config = new HashMap<>();
        config.put("bootstrap.servers", bootstrapServers);
        config.put("acks", "all");
        config.put("enable.idempotence", "true");
        config.put("linger.ms", "20");
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
        this.serializer = new WireFormatSerializer(registryBaseUrl);
    }

    /** Publishes the records that are new or changed; returns how many were written. */
    public int publish(String topic, Map<String, ? extends SpecificRecord> recordsByKey) {
        Map<String, byte[]> latest = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : new TopicContents(bootstrapServers).all(topic)) {
            if (record.key() != null) {
                latest.put(new String(record.key(), StandardCharsets.UTF_8), record.value());
            }
        }
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        recordsByKey.forEach((key, value) -> {
            byte[] bytes = serializer.serialize(topic, value);
            if (!Arrays.equals(bytes, latest.get(key))) {
                sent.add(producer.send(new ProducerRecord<>(topic, key, bytes)));
            }
        });
        producer.flush();
        try {
            for (Future<RecordMetadata> acknowledgement : sent) {
                acknowledgement.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing to " + topic, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Publishing to " + topic + " failed: " + e.getCause().getMessage(), e.getCause());
        }
        return sent.size();
    }

    @Override
    public void close() {
        producer.close();
        serializer.close();
    }
}
