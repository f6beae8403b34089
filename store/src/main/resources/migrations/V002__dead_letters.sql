-- Input the source connectors could not accept (topic dlq.source, record SourceDeadLetter),
-- for the status page and the officers who fix their files. A letter has no id: it is
-- identified by where the input was (source, connector, file, line, record id). Those columns
-- are not Nullable, so that they can be in the sorting key: a NULL in the record arrives as
-- '' or 0 (lines are 1-based, so 0 means "no line", e.g. a quarantined file). A line rejected
-- again after a restart is one row after merges, the latest rejection kept (version rejected_at).
-- Key: source first, the status page counts letters per source.
CREATE TABLE IF NOT EXISTS ${database}.dead_letter_source
(
    source LowCardinality(String),
    connector LowCardinality(String),
    file String,
    line Int64,
    record_id String,
    field LowCardinality(String),
    reason String,
    excerpt Nullable(String),
    rejected_at DateTime64(3, 'Asia/Ho_Chi_Minh')
)
ENGINE = ReplacingMergeTree(rejected_at)
ORDER BY (source, connector, file, line, record_id)
SETTINGS non_replicated_deduplication_window = 1000;
