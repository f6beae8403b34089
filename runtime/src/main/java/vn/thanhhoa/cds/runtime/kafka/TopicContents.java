package vn.thanhhoa.cds.runtime.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads a topic from its beginning, as raw bytes, without a consumer group: for checks that must
 * see exactly what is stored (tests, the demo's status, scans for personal data).
 */
public final class TopicContents {

    private final String bootstrapServers;

    public TopicContents(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Every record now in the topic (up to the end offsets seen at the start of the call). */
    public List<ConsumerRecord<byte[], byte[]>> all(String topic) {
        return readUntil(topic, records -> false, Duration.ZERO);
    }

    /**
     * Reads the topic from the beginning until {@code enough} holds for what was read, or, once
     * the timeout has passed, until the end of the topic; returns what was read either way.
     */
    public List<ConsumerRecord<byte[], byte[]>> readUntil(String topic, Predicate<List<ConsumerRecord<byte[], byte[]>>> enough, Duration timeout) {
        Map<String, Object> config = Map.of("bootstrap.servers", bootstrapServers, "enable.auto.commit", "false");
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!enough.test(records)) {
                if (System.nanoTime() >= deadline) {
                    Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
                    if (partitions.stream().allMatch(partition -> consumer.position(partition) >= ends.get(partition))) {
                        return records;
                    }
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }
}
