package vn.thanhhoa.cds.sink;

import java.util.Collection;
import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thanhhoa.cds.sink.decode.RegistrySchemas;
import vn.thanhhoa.cds.sink.decode.WireFormatDecoder;
import vn.thanhhoa.cds.sink.delivery.Delivery;
import vn.thanhhoa.cds.sink.delivery.ErrantRecords;
import vn.thanhhoa.cds.sink.table.SinkTables;
import vn.thanhhoa.cds.sink.target.ClickHouseTarget;

/**
 * Connect's side of the sink: parses the settings, wires the decoder, the ClickHouse target and the
 * dead-letter reporter into a {@link Delivery}, and turns its retriable failures into a back-off.
 */
public final class ClickHouseSinkTask extends SinkTask {

    private static final Logger LOG = LoggerFactory.getLogger(ClickHouseSinkTask.class);

    private ClickHouseSinkConfig config;
    private ClickHouseTarget target;
    private Delivery delivery;

    @Override
    public void start(Map<String, String> props) {
        config = new ClickHouseSinkConfig(props);
        String connector = props.getOrDefault("name", "clickhouse-sink");
        target = new ClickHouseTarget(config.clickHouseUrl(), config.clickHouseUser(), config.clickHousePassword().value());
        WireFormatDecoder decoder = new WireFormatDecoder(new RegistrySchemas(config.registryUrl()), SinkTables.in(config.database()));
        delivery = new Delivery(connector, config.database(), target, decoder, errantRecords(connector), config.flushIntervalMs(),
                config.batchMaxRows());
        LOG.info("{}: writing to {} database {}", connector, target.describe(), config.database());
    }

    /**
     * Connect's dead-letter reporter when the worker gives one (errors.tolerance and
     * errors.deadletterqueue.topic.name decide where a report goes); otherwise a record that cannot
     * be written stops the task, naming it, rather than vanish.
     */
    private ErrantRecords errantRecords(String connector) {
        ErrantRecordReporter reporter = null;
        try {
            reporter = context.errantRecordReporter();
        } catch (NoSuchMethodError | NoClassDefFoundError e) {
            LOG.warn("{}: this Connect runtime has no errant record reporter (before 2.6)", connector);
        }
        if (reporter == null) {
            return (record, reason) -> {
                throw new ConnectException(connector + ": the record at " + record.topic() + "-" + record.kafkaPartition() + "@" + record.kafkaOffset()
                        + " cannot be written (" + reason.getMessage() + ") and no dead-letter queue is configured "
                        + "(errors.tolerance=all, errors.deadletterqueue.topic.name)", reason);
            };
        }
        ErrantRecordReporter dlq = reporter;
        return (record, reason) -> {
            LOG.warn("{}: {}-{}@{} goes to the dead-letter queue: {}", connector, record.topic(), record.kafkaPartition(), record.kafkaOffset(),
                    reason.getMessage());
            dlq.report(record, reason);
        };
    }

    @Override
    public void put(Collection<SinkRecord> records) {
        try {
            delivery.put(records);
        } catch (RetriableException e) {
            context.timeout(config.retryBackoffMs());
            throw e;
        }
    }

    /** Writes what is waiting, then offers Connect the offsets that are in ClickHouse; a failure here only delays the commit. */
    @Override
    public Map<TopicPartition, OffsetAndMetadata> preCommit(Map<TopicPartition, OffsetAndMetadata> currentOffsets) {
        try {
            delivery.flush();
        } catch (RetriableException e) {
            LOG.debug("flush before commit postponed: {}", e.getMessage());
        }
        return delivery.committable();
    }

    @Override
    public void close(Collection<TopicPartition> partitions) {
        delivery.forget(partitions);
    }

    @Override
    public void stop() {
        if (target != null) {
            target.close();
        }
    }

    @Override
    public String version() {
        return SinkVersion.get();
    }
}
