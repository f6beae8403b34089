-- The reference data beside the facts, for whoever reads ClickHouse without the application's own
-- lookups (Grafana, an analyst's SQL): unit and indicator names with their diacritics, levels,
-- parents and pillars, written by the setup from the same data it publishes to ref.* (only rows
-- that changed). The application itself reads them from the catalog and admin-units.
-- Key: the code and the day it became valid: the 1 July 2025 reform reused codes for new units
-- (15763 was Xã Thọ Thế and is Xã Thọ Phú), so a code names one unit per period; join on the code
-- and the day.
CREATE TABLE IF NOT EXISTS ${database}.admin_unit
(
    code LowCardinality(String),
    valid_from Date32,
    valid_to Nullable(Date32),
    name String,
    level LowCardinality(String),
    kind LowCardinality(String),
    parent_code LowCardinality(Nullable(String))
)
ENGINE = ReplacingMergeTree
ORDER BY (code, valid_from)
SETTINGS non_replicated_deduplication_window = 1000;

-- Key: set then code, as every indicator table is read (one set at a time).
CREATE TABLE IF NOT EXISTS ${database}.indicator
(
    indicator_set LowCardinality(String),
    code LowCardinality(String),
    pillar LowCardinality(String),
    pillar_name LowCardinality(String),
    name String,
    unit LowCardinality(String),
    kind LowCardinality(String),
    owner Nullable(String)
)
ENGINE = ReplacingMergeTree
ORDER BY (indicator_set, code)
SETTINGS non_replicated_deduplication_window = 1000;
