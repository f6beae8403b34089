-- Monthly reports read strictly (issue 19): a cell written as missing ("-", "x", empty) is a null
-- value with what the cell held, never a 0; a correction names the file it replaces. The columns
-- follow the ReportedMeasure record's new fields, which the sink maps by name.
ALTER TABLE ${database}.raw_reported_measure MODIFY COLUMN value Nullable(Float64);
ALTER TABLE ${database}.raw_reported_measure ADD COLUMN IF NOT EXISTS missing Nullable(String);
ALTER TABLE ${database}.raw_reported_measure ADD COLUMN IF NOT EXISTS replaces Nullable(String);
