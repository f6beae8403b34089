-- Monthly reports generated (PDF and XLSX, per parent unit and province-wide), kept so that the
-- reviewer can open last month's exactly as it was sent. The file is either on disk (file_path)
-- or in the row (content, base64 or raw bytes as String; empty when on disk). report_id is
-- deterministic (unit, month, format, generation), so a retried archive write is one row.
-- Key: unit, then month: the archive page lists one unit's months.
CREATE TABLE IF NOT EXISTS ${database}.report_archive
(
    report_id String,
    unit_code LowCardinality(String),
    month Date32,
    format LowCardinality(String),
    file_path String,
    content String,
    size_bytes Int64,
    sha256 String,
    generated_at DateTime64(3, 'Asia/Ho_Chi_Minh')
)
ENGINE = ReplacingMergeTree(generated_at)
ORDER BY (unit_code, month, format, report_id)
SETTINGS non_replicated_deduplication_window = 1000;
