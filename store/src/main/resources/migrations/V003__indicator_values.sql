-- Indicator values as the engine (streams/) emits them on indicator.value: one value of one
-- indicator for one unit over one window. The columns are the fields of the IndicatorValue record
-- (schemas/src/main/avro/indicator/IndicatorValue.avsc), which the sink maps by name: the set and code (codes are text: 1.1 ≠ 1.10),
-- the year whose target applies, the window (MONTH_TO_DATE, QUARTER_TO_DATE, YEAR_TO_DATE,
-- TRAILING_30_DAYS, AS_OF) and the day it ends, numerator and denominator (ratios roll up by
-- summing these, never by averaging values), the value, the year's target, the status (MET,
-- AT_RISK, BELOW, NO_DATA), the year-end projection (column year_end_projection: PROJECTION is a
-- ClickHouse keyword), and when it was computed.

-- Every computation of every day's window, kept: the monthly report of any past month is
-- reproduced "as it stood" by argMax(…, computed_at) over the rows with window_end = the
-- month's last day and computed_at up to the report's time; a late correction adds a row and
-- changes nothing already reported. Only an exact replay (same computed_at) is one row.
-- Key: year and window kind, then commune and indicator, then the day: a trend (one commune,
-- one indicator, a year of days) is one contiguous range; the monthly report reads every
-- commune's range once a month, which is not interactive and may scan the year.
CREATE TABLE IF NOT EXISTS ${database}.indicator_value_daily
(
    unit_code LowCardinality(String),
    unit_level LowCardinality(String),
    indicator_set LowCardinality(String),
    indicator_code LowCardinality(String),
    year Int32,
    window_kind LowCardinality(String),
    window_start Date32,
    window_end Date32,
    judged Bool,
    numerator Nullable(Float64),
    denominator Nullable(Float64),
    value Nullable(Float64),
    target_operator LowCardinality(Nullable(String)),
    target_value Nullable(Float64),
    target_upper Nullable(Float64),
    commune_target Bool,
    status LowCardinality(String),
    year_end_projection Nullable(Float64),
    points Nullable(Float64),
    approximate Bool,
    data_quality Nullable(String),
    latest_event_at Nullable(DateTime64(3, 'Asia/Ho_Chi_Minh')),
    computed_at DateTime64(3, 'Asia/Ho_Chi_Minh')
)
ENGINE = ReplacingMergeTree
PARTITION BY year
ORDER BY (year, window_kind, unit_code, indicator_set, indicator_code, window_end, computed_at)
SETTINGS non_replicated_deduplication_window = 1000;

-- The latest value of each indicator, commune and window kind (the columns of the history, as it): what the overview shows. The
-- newest computation replaces the older (version computed_at), whatever day its window ends.
-- Key: year, then window kind (every page shows one year and one window), then commune and
-- indicator: the overview reads one contiguous range per year and window, a commune's page a
-- sub-range of it.
CREATE TABLE IF NOT EXISTS ${database}.indicator_value_latest AS ${database}.indicator_value_daily
ENGINE = ReplacingMergeTree(computed_at)
ORDER BY (year, window_kind, unit_code, indicator_set, indicator_code)
SETTINGS non_replicated_deduplication_window = 1000;

-- The sink writes every computation to indicator_value_daily; this view copies each insert into
-- indicator_value_latest, where the newest computation of a key replaces the older ones.
CREATE MATERIALIZED VIEW IF NOT EXISTS ${database}.indicator_value_latest_feed TO ${database}.indicator_value_latest
AS SELECT * FROM ${database}.indicator_value_daily;
