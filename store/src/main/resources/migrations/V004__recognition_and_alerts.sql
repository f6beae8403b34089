-- Recognition outlook of each commune for a year (seed 000: every assigned indicator met and at
-- least 70 % of the DX index points), one row per commune, year and day it was assessed, so
-- that the outlook of a past month is kept; the newest computation of a day replaces older ones.
-- Key: year, then commune: the overview lists one year's communes, a commune's page one row.
CREATE TABLE IF NOT EXISTS ${database}.recognition_commune
(
    indicator_set LowCardinality(String),
    commune_code LowCardinality(String),
    year Int32,
    as_of Date32,
    indicators_assigned Int32,
    indicators_met Int32,
    index_points Float64,
    index_points_max Float64,
    recognised Bool,
    blocking_indicators Array(LowCardinality(String)),
    computed_at DateTime64(3, 'Asia/Ho_Chi_Minh')
)
ENGINE = ReplacingMergeTree(computed_at)
ORDER BY (year, commune_code, as_of)
SETTINGS non_replicated_deduplication_window = 1000;

-- Alerts (alert.commune, the CommuneAlert record's fields): below target, projected to miss, a
-- source gone quiet, recovered. alert_id is the engine's deterministic id of the transition, so a
-- replayed alert is one row.
-- Key: commune, then time: a commune officer sees only their commune's feed, newest first;
-- the province feed reads the latest monthly partitions only.
CREATE TABLE IF NOT EXISTS ${database}.alert_commune
(
    alert_id String,
    episode_id String,
    kind LowCardinality(String),
    commune_code LowCardinality(String),
    commune_name Nullable(String),
    indicator_set LowCardinality(String),
    indicator_code LowCardinality(String),
    indicator_name Nullable(String),
    year Int32,
    window_kind LowCardinality(String),
    value Nullable(Float64),
    target_operator LowCardinality(Nullable(String)),
    target Nullable(Float64),
    numerator Nullable(Float64),
    denominator Nullable(Float64),
    owner Nullable(String),
    message String,
    raised_at DateTime64(3, 'Asia/Ho_Chi_Minh')
)
ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMM(raised_at)
ORDER BY (commune_code, raised_at, alert_id)
SETTINGS non_replicated_deduplication_window = 1000;
