package vn.thanhhoa.cds.reports.notify;

import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thanhhoa.cds.schemas.alert.CommuneAlert;
import vn.thanhhoa.cds.schemas.serde.ConfluentWireFormat;

/**
 * Reads {@code alert.commune} and hands every alert to the {@link AlertDispatcher}, on its own thread.
 *
 * <p><b>One notification per alert id, channel and recipient, across restarts.</b> Kafka gives the
 * notifier each alert at least once (the engine may also replay one), and an e-mail or webhook
 * cannot take part in a Kafka transaction. So the order of work for each polled batch is:
 * <ol>
 *   <li>for each alert and recipient, look in the ledger ({@code notification_sent}); skip what is there;</li>
 *   <li>send;</li>
 *   <li>write the ledger row (ClickHouse, durable once the insert returns);</li>
 *   <li>only when the whole batch is done, commit the consumer offsets.</li>
 * </ol>
 * A crash after step 3 re-reads the batch from the last commit and skips every alert already
 * recorded: no duplicate. A crash between steps 2 and 3 (the send went out, the ledger row did not)
 * sends that one message again after the restart: that window, one message per recipient for the
 * few milliseconds between a send returning and its ledger row landing, is the only place a
 * duplicate can come from, and webhooks carry the alert id as {@code Idempotency-Key} so that a
 * receiver can drop it. Nothing is lost: an alert whose offset is committed was sent, held for a
 * digest, or given up on after the retry policy with every attempt in {@code delivery_attempt}.
 */
public final class AlertNotifier implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlertNotifier.class);

    private final KafkaConsumer<String, CommuneAlert> consumer;
    private final AlertDispatcher dispatcher;
    private final Thread thread;
    private volatile boolean running = true;

    private AlertNotifier(KafkaConsumer<String, CommuneAlert> consumer, AlertDispatcher dispatcher, String topic) {
        this.consumer = consumer;
        this.dispatcher = dispatcher;
        consumer.subscribe(List.of(topic));
        this.thread = Thread.ofPlatform().name("alert-notifier").daemon(true).unstarted(this::run);
    }

    /**
     * @param groupId the consumer group; keep it across restarts, so that the notifier resumes from its committed offsets
     */
    public static AlertNotifier start(String bootstrapServers, String registryUrl, String topic, String groupId, AlertDispatcher dispatcher) {
        Map<String, Object> config = new HashMap<>(ConfluentWireFormat.serdeConfig(registryUrl, true));
        config.put("bootstrap.servers", bootstrapServers);
        config.put("group.id", groupId);
        config.put("enable.auto.commit", "false");
        config.put("auto.offset.reset", "earliest");
        // The engine writes alerts in exactly-once transactions: read only committed ones.
        config.put("isolation.level", "read_committed");
        // A recipient that is down costs each of its alerts the whole retry policy (about a minute and a half with the
        // defaults): small batches and a long poll interval keep the group from rebalancing in the middle of one.
        config.put("max.poll.records", "20");
        config.put("max.poll.interval.ms", String.valueOf(Duration.ofMinutes(30).toMillis()));
        KafkaConsumer<String, CommuneAlert> consumer = new KafkaConsumer<>(config, new StringDeserializer(), avroDeserializer(registryUrl));
        AlertNotifier notifier = new AlertNotifier(consumer, dispatcher, topic);
        notifier.thread.start();
        LOG.info("Alert notifier reading {} as group {}", topic, groupId);
        return notifier;
    }

    @SuppressWarnings("unchecked")
    private static org.apache.kafka.common.serialization.Deserializer<CommuneAlert> avroDeserializer(String registryUrl) {
        AvroKafkaDeserializer<CommuneAlert> deserializer = new AvroKafkaDeserializer<>();
        deserializer.configure(ConfluentWireFormat.serdeConfig(registryUrl, true), false);
        return deserializer;
    }

    private void run() {
        try {
            while (running) {
                ConsumerRecords<String, CommuneAlert> records;
                try {
                    records = consumer.poll(Duration.ofMillis(500));
                } catch (RecordDeserializationException e) {
                    // Bad input must not stop every commune's alerts: name where it is and go past it.
                    LOG.error("Unreadable record at {} offset {} skipped: {}", e.topicPartition(), e.offset(), e.getMessage());
                    consumer.seek(e.topicPartition(), e.offset() + 1);
                    continue;
                }
                if (records.isEmpty()) {
                    continue;
                }
                try {
                    for (ConsumerRecord<String, CommuneAlert> record : records) {
                        if (record.value() != null) {
                            dispatcher.dispatch(AlertNotice.of(record.value()));
                        }
                    }
                    consumer.commitSync();
                } catch (RuntimeException e) {
                    // The ledger or the store failed: read the batch again from the last commit, a little later.
                    LOG.error("Alerts could not be dispatched, retrying the batch in 2 s: {}", e.getMessage(), e);
                    for (TopicPartition partition : records.partitions()) {
                        consumer.seek(partition, records.records(partition).getFirst().offset());
                    }
                    sleep(Duration.ofSeconds(2));
                }
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
