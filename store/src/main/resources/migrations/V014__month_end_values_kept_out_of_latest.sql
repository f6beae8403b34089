-- Month-end values (the engine's indicator.value.month-end: a past month's value as of its last day,
-- computed when a backfill or a late event changed it) go to indicator_value_daily like every
-- computation: the monthly report of that month reads them there (window_end = the month's last
-- day, argMax by computed_at). They must not reach indicator_value_latest: it keeps the newest
-- computation per key whatever day its window ends, so a month-end value computed now would
-- replace today's live value. The view copying inserts into it is recreated with a WHERE that
-- keeps a row only if its window ends on or after the local day it was computed (a live value), or
-- on 31 December (a past year's value, the year's final figure, which is what "latest" means for it).
-- A live value computed a moment after midnight for the day before is left out too: harmless, the
-- engine re-evaluates every commune of the year when it sees the new day, a moment later, and that
-- value ends today. Rows inserted between the DROP and the CREATE would miss the view: run this with
-- the sink stopped (./cds setup, as every migration), or backfill latest from daily afterwards.

DROP VIEW IF EXISTS ${database}.indicator_value_latest_feed;
CREATE MATERIALIZED VIEW IF NOT EXISTS ${database}.indicator_value_latest_feed TO ${database}.indicator_value_latest
AS SELECT * FROM ${database}.indicator_value_daily
WHERE window_end >= toDate(computed_at, 'Asia/Ho_Chi_Minh') OR (toMonth(window_end) = 12 AND toDayOfMonth(window_end) = 31);
