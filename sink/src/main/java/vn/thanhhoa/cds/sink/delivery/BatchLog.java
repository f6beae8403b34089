package vn.thanhhoa.cds.sink.delivery;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import vn.thanhhoa.cds.store.ClickHouse;
import vn.thanhhoa.cds.store.ClickHouseValues;
import vn.thanhhoa.cds.store.Row;

/**
 * The sink's memory of the last batch of each topic-partition, in the {@code sink_batch} table beside
 * the data (store migration V006). A batch is recorded before its insert; after a restart, the last
 * recorded batch of a partition is rebuilt exactly (sink/DESIGN.md).
 */
final class BatchLog {

    private final String table;
    private final String connector;

    BatchLog(String database, String connector) {
        this.table = database + ".sink_batch";
        this.connector = connector;
    }

    /** The last batch recorded for each of these partitions (absent: none yet). */
    Map<TopicPartition, OffsetRange> lastBatches(ClickHouse clickHouse, Collection<TopicPartition> partitions) {
        Map<TopicPartition, OffsetRange> last = new HashMap<>();
        for (Row row : clickHouse.query("SELECT topic, kafka_partition, first_offset, last_offset FROM " + table + " FINAL WHERE connector = "
                + quoted(connector))) {
            TopicPartition partition = new TopicPartition(row.string("topic"), (int) row.longValue("kafka_partition"));
            if (partitions.contains(partition)) {
                last.put(partition, new OffsetRange(row.longValue("first_offset"), row.longValue("last_offset")));
            }
        }
        return last;
    }

    /** Records these batches as about to be inserted, in one statement. */
    void record(ClickHouse clickHouse, List<Batch> batches) {
        String now = ClickHouseValues.dateTime64(Instant.now().toEpochMilli());
        clickHouse.insert(table, batches.stream().map(batch -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("connector", connector);
            row.put("topic", batch.partition().topic());
            row.put("kafka_partition", batch.partition().partition());
            row.put("first_offset", batch.range().first());
            row.put("last_offset", batch.range().last());
            row.put("recorded_at", now);
            return row;
        }).toList(), null);
    }

    private static String quoted(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
