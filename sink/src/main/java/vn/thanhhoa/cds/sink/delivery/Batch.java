package vn.thanhhoa.cds.sink.delivery;

import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import vn.thanhhoa.cds.sink.table.TableBinding;

/**
 * The rows of one topic-partition's offset range, by table, ready to insert. Its token is derived
 * from the connector, the topic-partition and the range only, so the same batch rebuilt after a
 * restart carries the same token and ClickHouse drops it if the first insert landed.
 */
record Batch(TopicPartition partition, OffsetRange range, Map<TableBinding, List<Map<String, Object>>> rows) {

    Batch {
        rows = Map.copyOf(rows);
    }

    String deduplicationToken(String connector) {
        String token = connector.replaceAll("[^A-Za-z0-9_.\\-]", "_") + ":" + partition.topic() + ":" + partition.partition() + ":"
                + range.first() + "-" + range.last();
        // ClickHouse tokens are free text, but JsonEachRow accepts 200 characters at most; a long
        // connector name is cut from the front, the partition and range stay whole.
        return token.length() <= 200 ? token : token.substring(token.length() - 200);
    }
}
