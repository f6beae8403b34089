-- Raw events of each raw.* topic, one table per Avro record, columns named and typed after the
-- record's fields (schemas/src/main/avro), so that the sink maps a record to a row by field name.
-- Widths follow Avro (int → Int32, long → Int64): a value Avro accepts never fails an insert.
-- Times are DateTime64(3) in Asia/Ho_Chi_Minh, the province's day boundaries.
--
-- Every table is a ReplacingMergeTree whose sorting key ends in the event's deterministic id: a
-- record read twice (raw topics are at-least-once under crashes, DESIGN 4.1) is one row after
-- merges, and `FINAL` (or argMax by id) reads it once before. Equal ids always have equal
-- leading key columns (commune and time are derived from the same source line), so the
-- leading columns never split a duplicate. `non_replicated_deduplication_window` lets a
-- non-replicated table drop a replayed insert carrying the same insert_deduplication_token
-- (the sink's exactly-once batches); without it a plain MergeTree deduplicates nothing.
-- Partitions by year: the dashboard reads one indicator year at a time, and a year of
-- replay in one batch makes a handful of parts, not one per month.
-- Codes (communes, agencies, procedures, enum symbols) are LowCardinality(String): a few
-- hundred distinct values, grouped on by every dashboard query.

-- One-stop dossiers. Key: commune first (every page filters or groups by commune), then the
-- dossier, so that "latest state of each dossier" (argMax by changed_at per dossier_code) reads
-- contiguous rows.
CREATE TABLE IF NOT EXISTS ${database}.raw_dossier
(
    event_id String,
    dossier_code String,
    local_dossier_code Nullable(String),
    procedure_code LowCardinality(String),
    sector_code LowCardinality(Nullable(String)),
    service_level LowCardinality(Nullable(String)),
    channel LowCardinality(String),
    applicant_type LowCardinality(Nullable(String)),
    applicant_pseudonym Nullable(String),
    status Int32,
    submitted_at Nullable(DateTime64(3, 'Asia/Ho_Chi_Minh')),
    received_at Nullable(DateTime64(3, 'Asia/Ho_Chi_Minh')),
    due_at Nullable(DateTime64(3, 'Asia/Ho_Chi_Minh')),
    finished_at Nullable(DateTime64(3, 'Asia/Ho_Chi_Minh')),
    returned_at Nullable(DateTime64(3, 'Asia/Ho_Chi_Minh')),
    rejected_at Nullable(DateTime64(3, 'Asia/Ho_Chi_Minh')),
    has_digitised_components Bool,
    has_electronic_result Bool,
    reused_data Bool,
    submitted_files Int32,
    reused_files Int32,
    vneid_verified Bool,
    paid_online Bool,
    has_fees Bool,
    satisfaction LowCardinality(Nullable(String)),
    agency_code LowCardinality(String),
    commune_code LowCardinality(String),
    changed_at DateTime64(3, 'Asia/Ho_Chi_Minh'),
    source_location String
)
ENGINE = ReplacingMergeTree
PARTITION BY toYear(changed_at)
ORDER BY (commune_code, dossier_code, changed_at, event_id)
SETTINGS non_replicated_deduplication_window = 1000;

-- Documents. Key: commune, then time: the pages count a commune's documents over a window.
CREATE TABLE IF NOT EXISTS ${database}.raw_document
(
    event_id String,
    document_id String,
    direction LowCardinality(String),
    code_number Nullable(String),
    document_type LowCardinality(Nullable(String)),
    sender_organ_id LowCardinality(String),
    commune_code LowCardinality(String),
    secret Bool,
    processed_electronically Bool,
    digitally_signed Bool,
    status_code LowCardinality(Nullable(String)),
    promulgated_at Nullable(DateTime64(3, 'Asia/Ho_Chi_Minh')),
    recorded_at DateTime64(3, 'Asia/Ho_Chi_Minh'),
    source_location String
)
ENGINE = ReplacingMergeTree
PARTITION BY toYear(recorded_at)
ORDER BY (commune_code, recorded_at, event_id)
SETTINGS non_replicated_deduplication_window = 1000;

-- E-health records (sensitive: pseudonyms only). Key: commune, then time: the measure is
-- distinct people with a record per commune up to a date.
CREATE TABLE IF NOT EXISTS ${database}.raw_health_record
(
    event_id String,
    person_pseudonym String,
    kind LowCardinality(String),
    commune_code LowCardinality(String),
    facility_code LowCardinality(Nullable(String)),
    occurred_at DateTime64(3, 'Asia/Ho_Chi_Minh'),
    source_location String
)
ENGINE = ReplacingMergeTree
PARTITION BY toYear(occurred_at)
ORDER BY (commune_code, occurred_at, event_id)
SETTINGS non_replicated_deduplication_window = 1000;

-- Monthly bank, telecom and power reports. The record has no event id: a value is identified
-- by where it was read (file and row) and which measure of that row it is. A corrected report
-- is another file: readers take argMax(value, reported_at) per commune, measure and period.
-- Small (166 communes × a few measures × 12 months a year): not partitioned.
CREATE TABLE IF NOT EXISTS ${database}.raw_reported_measure
(
    commune_code LowCardinality(String),
    measure LowCardinality(String),
    period LowCardinality(String),
    value Float64,
    source LowCardinality(String),
    reporter Nullable(String),
    file String,
    row Int32,
    reported_at DateTime64(3, 'Asia/Ho_Chi_Minh')
)
ENGINE = ReplacingMergeTree
ORDER BY (commune_code, measure, period, file, row)
SETTINGS non_replicated_deduplication_window = 1000;

-- Tasks tracked online (2026 item 15). Key: commune, task, then time: latest state per task.
CREATE TABLE IF NOT EXISTS ${database}.raw_task
(
    event_id String,
    task_id String,
    commune_code LowCardinality(String),
    agency_code LowCardinality(String),
    assigned_by Nullable(String),
    assigning_document Nullable(String),
    assigned_at DateTime64(3, 'Asia/Ho_Chi_Minh'),
    due_date Nullable(Date32),
    status LowCardinality(String),
    completed_at Nullable(DateTime64(3, 'Asia/Ho_Chi_Minh')),
    tracked_online Bool,
    updated_at DateTime64(3, 'Asia/Ho_Chi_Minh'),
    source_location String
)
ENGINE = ReplacingMergeTree
PARTITION BY toYear(updated_at)
ORDER BY (commune_code, task_id, updated_at, event_id)
SETTINGS non_replicated_deduplication_window = 1000;

-- Periodic reports and how each was filed (2026 item 14). Key: commune, report, then time.
CREATE TABLE IF NOT EXISTS ${database}.raw_periodic_report
(
    event_id String,
    report_id String,
    commune_code LowCardinality(String),
    agency_code LowCardinality(String),
    regime_code LowCardinality(String),
    regime_name Nullable(String),
    period LowCardinality(String),
    due_date Date32,
    secret Bool,
    channel LowCardinality(String),
    filed_at Nullable(DateTime64(3, 'Asia/Ho_Chi_Minh')),
    updated_at DateTime64(3, 'Asia/Ho_Chi_Minh'),
    source_location String
)
ENGINE = ReplacingMergeTree
PARTITION BY toYear(updated_at)
ORDER BY (commune_code, report_id, updated_at, event_id)
SETTINGS non_replicated_deduplication_window = 1000;

-- Declarations with their evidence. Every declaration is kept (the reviewer checks evidence as
-- it was declared); the current answer is argMax(…, declared_at) per commune, set, code and
-- year, which is the key's prefix. Evidence is Array(Tuple(title, reference)), the record's
-- own shape.
CREATE TABLE IF NOT EXISTS ${database}.raw_declaration
(
    declaration_id String,
    commune_code LowCardinality(String),
    indicator_set LowCardinality(String),
    indicator_code LowCardinality(String),
    year Int32,
    met Nullable(Bool),
    value Nullable(Float64),
    parts Map(LowCardinality(String), Float64),
    denominator_value Nullable(Float64),
    evidence Array(Tuple(title String, reference String)),
    declared_by String,
    declared_at DateTime64(3, 'Asia/Ho_Chi_Minh')
)
ENGINE = ReplacingMergeTree
ORDER BY (commune_code, indicator_set, year, indicator_code, declaration_id)
SETTINGS non_replicated_deduplication_window = 1000;
