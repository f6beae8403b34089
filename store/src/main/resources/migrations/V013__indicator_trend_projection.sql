-- The indicator page's trend (dashboards' IndicatorQuery.trend: one indicator, every commune, each
-- day's last computation) filters on the indicator, but indicator_value_daily is keyed by commune
-- before indicator (V003: a commune's trend is one contiguous range). So ClickHouse reads at least a
-- granule (8192 rows) of every commune to find one indicator's few hundred rows there, and more
-- communes mean more granules: 2025 had 547 former communes for half the year (PageQueryBenchmark:
-- the indicator page of 2025 at its 100 ms aim over three years).
-- A projection keeps the columns that read uses, ordered by indicator first, and ClickHouse picks it
-- for the same SQL when it reads fewer granules (the commune page keeps the table's own order).
-- The table is a ReplacingMergeTree: a merge that drops a repeated row rebuilds the projection
-- ('rebuild'), so it always holds the table's rows. MATERIALIZE builds it for rows already there: on
-- a store with years of history it is a mutation of every part and may take minutes.

ALTER TABLE ${database}.indicator_value_daily MODIFY SETTING deduplicate_merge_projection_mode = 'rebuild';
ALTER TABLE ${database}.indicator_value_daily ADD PROJECTION IF NOT EXISTS by_indicator (SELECT year, window_kind, indicator_set, indicator_code, unit_level, unit_code, window_end, computed_at, value, status ORDER BY (year, window_kind, indicator_set, indicator_code, unit_code, window_end, computed_at));
ALTER TABLE ${database}.indicator_value_daily MATERIALIZE PROJECTION by_indicator SETTINGS mutations_sync = 1;
