-- The ClickHouse sink's memory of its last batch per topic-partition (sink/DESIGN.md): written
-- before the batch's insert, so that a task restarted between insert and offset commit rebuilds
-- that exact batch (same offset range, same insert_deduplication_token) and ClickHouse drops it
-- if it had landed. One row per connector and topic-partition after merges: the newest batch
-- (version last_offset) wins; read with FINAL.
CREATE TABLE IF NOT EXISTS ${database}.sink_batch
(
    connector String,
    topic String,
    kafka_partition Int32,
    first_offset Int64,
    last_offset Int64,
    recorded_at DateTime64(3, 'UTC')
)
ENGINE = ReplacingMergeTree(last_offset)
ORDER BY (connector, topic, kafka_partition);
