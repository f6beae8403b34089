-- Deliveries of monthly reports and alert notifications (reports module): every attempt to send
-- something to someone, what was sent durably, and the alerts waiting for a daily digest.

-- Every attempt, delivered or failed, with the error: the status page and the reviewer see that a
-- district's report could not be mailed, how often it was tried and why. One row per attempt
-- (the attempt number is in the key), so retries are kept side by side, never replaced.
-- Key: what was sent, then to whom: "was report X delivered to Y" reads a few contiguous rows.
CREATE TABLE IF NOT EXISTS ${database}.delivery_attempt
(
    subject_kind LowCardinality(String),
    subject_id String,
    channel LowCardinality(String),
    recipient String,
    attempt Int32,
    outcome LowCardinality(String),
    error Nullable(String),
    attempted_at DateTime64(3, 'Asia/Ho_Chi_Minh')
)
ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMM(attempted_at)
ORDER BY (subject_kind, subject_id, channel, recipient, attempt)
SETTINGS non_replicated_deduplication_window = 1000;

-- What the notifier has sent, one row per alert (or digest), channel and recipient, written right
-- after the message left and before the consumer offset is committed; checked before sending, so
-- that an alert read again after a restart is not sent again. Key: the alert first, the lookup.
CREATE TABLE IF NOT EXISTS ${database}.notification_sent
(
    notification_id String,
    channel LowCardinality(String),
    recipient String,
    sent_at DateTime64(3, 'Asia/Ho_Chi_Minh')
)
ENGINE = ReplacingMergeTree
ORDER BY (notification_id, channel, recipient)
SETTINGS non_replicated_deduplication_window = 1000;

-- Alerts held for a recipient's daily digest, written before the consumer offset is committed: a
-- digest groups the day's rows of one recipient and channel. An alert read twice is one row.
-- Key: recipient, channel, day: the digest reads one contiguous range.
CREATE TABLE IF NOT EXISTS ${database}.notification_digest_item
(
    recipient String,
    channel LowCardinality(String),
    day Date32,
    alert_id String,
    commune_code LowCardinality(String),
    commune_name Nullable(String),
    indicator_code LowCardinality(String),
    indicator_name Nullable(String),
    kind LowCardinality(String),
    message String,
    raised_at DateTime64(3, 'Asia/Ho_Chi_Minh')
)
ENGINE = ReplacingMergeTree
ORDER BY (recipient, channel, day, alert_id)
SETTINGS non_replicated_deduplication_window = 1000;
