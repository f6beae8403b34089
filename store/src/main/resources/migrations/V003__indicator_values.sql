-- Indicator values as the engine (streams/) will emit them on indicator.value: one value of one
-- indicator for one commune over one window. The columns are the assumed IndicatorValue record
-- (store/README.md lists them for the engine): the set and code (codes are text: 1.1 ≠ 1.10),
-- the year whose target applies, the window (MONTH_TO_DATE, QUARTER_TO_DATE, YEAR_TO_DATE,
-- TRAILING_30_DAYS, AS_OF) and the day it ends, numerator and denominator (ratios roll up by
-- summing these, never by averaging values), the value, the year's target, the status (MET,
-- AT_RISK, BELOW, NO_DATA), the year-end projection (column year_end_projection: PROJECTION is a
-- ClickHouse keyword), and when it was computed.

-- The latest value of each indicator, commune and window kind: what the overview shows. The
-- newest computation replaces the older (version computed_at), whatever day its window ends.
-- Key: year, then window kind (every page shows one year and one window), then commune and
-- indicator: the overview reads one contiguous range per year and window, a commune's page a
-- sub-range of it.
CREATE TABLE IF NOT EXISTS ${database}.indicator_value_latest
(
    indicator_set LowCardinality(String),
    indicator_code LowCardinality(String),
    commune_code LowCardinality(String),
    year Int32,
    window_kind LowCardinality(String),
    window_end Date32,
    numerator Nullable(Float64),
    denominator Nullable(Float64),
    value Nullable(Float64),
    target Nullable(Float64),
    status LowCardinality(String),
    year_end_projection Nullable(Float64),
    computed_at DateTime64(3, 'Asia/Ho_Chi_Minh')
)
ENGINE = ReplacingMergeTree(computed_at)
ORDER BY (year, window_kind, commune_code, indicator_set, indicator_code)
SETTINGS non_replicated_deduplication_window = 1000;

-- Every computation of every day's window, kept: the monthly report of any past month is
-- reproduced "as it stood" by argMax(…, computed_at) over the rows with window_end = the
-- month's last day and computed_at up to the report's time; a late correction adds a row and
-- changes nothing already reported. Only an exact replay (same computed_at) is one row.
-- Key: year and window kind, then commune and indicator, then the day: a trend (one commune,
-- one indicator, a year of days) is one contiguous range; the monthly report reads every
-- commune's range once a month, which is not interactive and may scan the year.
CREATE TABLE IF NOT EXISTS ${database}.indicator_value_daily
(
    indicator_set LowCardinality(String),
    indicator_code LowCardinality(String),
    commune_code LowCardinality(String),
    year Int32,
    window_kind LowCardinality(String),
    window_end Date32,
    numerator Nullable(Float64),
    denominator Nullable(Float64),
    value Nullable(Float64),
    target Nullable(Float64),
    status LowCardinality(String),
    year_end_projection Nullable(Float64),
    computed_at DateTime64(3, 'Asia/Ho_Chi_Minh')
)
ENGINE = ReplacingMergeTree
PARTITION BY year
ORDER BY (year, window_kind, commune_code, indicator_set, indicator_code, window_end, computed_at)
SETTINGS non_replicated_deduplication_window = 1000;
