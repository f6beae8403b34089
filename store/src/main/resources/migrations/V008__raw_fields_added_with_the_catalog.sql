-- The raw records' fields added when the catalog became computable (issue 13), which the raw tables
-- lacked: the sink's JSONEachRow inserts skipped unknown fields without a word, so these values
-- never reached ClickHouse. The sink now names its columns (and a test checks every field of every
-- record it writes has one), so a field without a column stops it instead of being dropped.
-- Whether the applicant was 18 or older when the dossier was received (from the citizen ID, never copied).
ALTER TABLE ${database}.raw_dossier ADD COLUMN IF NOT EXISTS applicant_adult Nullable(Bool);
-- The applicant's commune of residence where a feed gives it (none does yet).
ALTER TABLE ${database}.raw_dossier ADD COLUMN IF NOT EXISTS applicant_residence_commune_code LowCardinality(Nullable(String));
-- Whether the person was 18 or older on the day of the health event (from the birth date, never copied).
ALTER TABLE ${database}.raw_health_record ADD COLUMN IF NOT EXISTS adult Nullable(Bool);
-- The month (yyyy-MM) a declaration of a monthly item (2026 item 30) is about.
ALTER TABLE ${database}.raw_declaration ADD COLUMN IF NOT EXISTS month Nullable(String);
