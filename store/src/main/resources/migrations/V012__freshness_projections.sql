-- The data-freshness table of the alert page (dashboards' FreshnessQuery: per source and commune,
-- the newest event and the number of events) read every raw row: 187 ms a year at province scale,
-- more each year. An aggregate projection per raw table keeps those two figures per commune as rows
-- arrive, and ClickHouse answers the same SQL from it (27 ms in the same measurement; the dashboard's
-- PageQueryBenchmark). The raw tables are ReplacingMergeTrees: ClickHouse accepts a projection on
-- them only when a merge that drops a repeated row rebuilds it ('rebuild'), so its count stays the
-- table's. MATERIALIZE builds it for the rows already there; on a large existing store this is a
-- mutation of every part and may take minutes.

ALTER TABLE ${database}.raw_dossier MODIFY SETTING deduplicate_merge_projection_mode = 'rebuild';
ALTER TABLE ${database}.raw_dossier ADD PROJECTION IF NOT EXISTS freshness (SELECT commune_code, max(changed_at), count() GROUP BY commune_code);
ALTER TABLE ${database}.raw_dossier MATERIALIZE PROJECTION freshness SETTINGS mutations_sync = 1;

ALTER TABLE ${database}.raw_document MODIFY SETTING deduplicate_merge_projection_mode = 'rebuild';
ALTER TABLE ${database}.raw_document ADD PROJECTION IF NOT EXISTS freshness (SELECT commune_code, max(recorded_at), count() GROUP BY commune_code);
ALTER TABLE ${database}.raw_document MATERIALIZE PROJECTION freshness SETTINGS mutations_sync = 1;

ALTER TABLE ${database}.raw_health_record MODIFY SETTING deduplicate_merge_projection_mode = 'rebuild';
ALTER TABLE ${database}.raw_health_record ADD PROJECTION IF NOT EXISTS freshness (SELECT commune_code, max(occurred_at), count() GROUP BY commune_code);
ALTER TABLE ${database}.raw_health_record MATERIALIZE PROJECTION freshness SETTINGS mutations_sync = 1;

ALTER TABLE ${database}.raw_reported_measure MODIFY SETTING deduplicate_merge_projection_mode = 'rebuild';
ALTER TABLE ${database}.raw_reported_measure ADD PROJECTION IF NOT EXISTS freshness (SELECT commune_code, max(reported_at), count() GROUP BY commune_code);
ALTER TABLE ${database}.raw_reported_measure MATERIALIZE PROJECTION freshness SETTINGS mutations_sync = 1;

ALTER TABLE ${database}.raw_task MODIFY SETTING deduplicate_merge_projection_mode = 'rebuild';
ALTER TABLE ${database}.raw_task ADD PROJECTION IF NOT EXISTS freshness (SELECT commune_code, max(updated_at), count() GROUP BY commune_code);
ALTER TABLE ${database}.raw_task MATERIALIZE PROJECTION freshness SETTINGS mutations_sync = 1;

ALTER TABLE ${database}.raw_periodic_report MODIFY SETTING deduplicate_merge_projection_mode = 'rebuild';
ALTER TABLE ${database}.raw_periodic_report ADD PROJECTION IF NOT EXISTS freshness (SELECT commune_code, max(updated_at), count() GROUP BY commune_code);
ALTER TABLE ${database}.raw_periodic_report MATERIALIZE PROJECTION freshness SETTINGS mutations_sync = 1;

ALTER TABLE ${database}.raw_declaration MODIFY SETTING deduplicate_merge_projection_mode = 'rebuild';
ALTER TABLE ${database}.raw_declaration ADD PROJECTION IF NOT EXISTS freshness (SELECT commune_code, max(declared_at), count() GROUP BY commune_code);
ALTER TABLE ${database}.raw_declaration MATERIALIZE PROJECTION freshness SETTINGS mutations_sync = 1;
