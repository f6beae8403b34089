-- What people do with alerts and reports in the web application (dashboards), and what the
-- notifier reads back from it.

-- The provisional mark of an archived report ("tạm tính": made while its month was still running),
-- so that the archive page can say which files were not final. Rows written before this column
-- existed read false: the scheduled runs make finished months only.
ALTER TABLE ${database}.report_archive ADD COLUMN IF NOT EXISTS provisional Bool DEFAULT false;

-- "Đã xem": a signed-in user acknowledged an alert. One row per alert and login (the application
-- writes it only when the login has not acknowledged the alert yet, so the first moment stays).
-- The commune is copied from the alert so that the feed can be read in scope without a join.
-- Key: the alert, then who: the feed looks up the acknowledgements of the alerts it shows.
CREATE TABLE IF NOT EXISTS ${database}.alert_acknowledgement
(
    alert_id String,
    commune_code LowCardinality(String),
    login String,
    user_name String,
    acknowledged_at DateTime64(3, 'Asia/Ho_Chi_Minh')
)
ENGINE = ReplacingMergeTree
ORDER BY (alert_id, login)
SETTINGS non_replicated_deduplication_window = 1000;

-- "Tắt thông báo": a login's notifications about an indicator are muted, for one commune or for
-- every commune (commune_code ''). Muting and unmuting write a new row with a higher version, so
-- the newest choice wins under FINAL; versions come from the clock and are forced to increase per
-- key, so an unmute in the same millisecond as its mute still wins. The notifier reads the rows
-- with muted = true at dispatch time for the subscriptions linked to a login.
-- Key: the indicator first: the notifier asks "who muted this indicator (here)" for each alert.
CREATE TABLE IF NOT EXISTS ${database}.alert_mute
(
    indicator_set LowCardinality(String),
    indicator_code LowCardinality(String),
    commune_code LowCardinality(String),
    login String,
    muted Bool,
    changed_at DateTime64(3, 'Asia/Ho_Chi_Minh'),
    version UInt64
)
ENGINE = ReplacingMergeTree(version)
ORDER BY (indicator_set, indicator_code, commune_code, login)
SETTINGS non_replicated_deduplication_window = 1000;
