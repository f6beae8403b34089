package vn.thanhhoa.cds.runtime.kafka;

import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.thanhhoa.cds.schemas.serde.ConfluentWireFormat;

/**
 * Writes keyed Avro records (the project's schemas, Confluent wire format) and waits until the
 * broker has them: for reference data published at start-up, where a lost record is a wrong
 * denominator or target downstream.
 */
public final class AvroPublisher implements AutoCloseable {

    private final KafkaProducer<String, SpecificRecord> producer;

    @SuppressWarnings({"unchecked", "rawtypes"})
    public AvroPublisher(String bootstrapServers, String registryBaseUrl) {
        Map<String, Object> config = new HashMap<>(ConfluentWireFormat.serdeConfig(registryBaseUrl, false));
        config.put("bootstrap.servers", bootstrapServers);
        config.put("acks", "all");
        config.put("enable.idempotence", "true");
        config.put("linger.ms", "20");
        AvroKafkaSerializer serializer = new AvroKafkaSerializer();
        serializer.configure(config, false);
        this.producer = new KafkaProducer<>(config, new StringSerializer(), serializer);
    }

    /** Publishes every record under its key; returns how many the broker acknowledged. */
    public int publish(String topic, Map<String, ? extends SpecificRecord> recordsByKey) {
        Map<String, Future<RecordMetadata>> sent = new HashMap<>();
        recordsByKey.forEach((key, value) -> sent.put(key, producer.send(new ProducerRecord<>(topic, key, value))));
        producer.flush();
        try {
            for (Future<RecordMetadata> acknowledgement : sent.values()) {
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
    }
}
