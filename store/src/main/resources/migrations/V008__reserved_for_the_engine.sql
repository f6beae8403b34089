-- Placeholder on the reports branch only: version 8 belongs to the engine's migration, which is
-- merged separately; versions must rise by one, so this branch carries an empty V008 to apply its
-- V009. The merge replaces this file (and its line in migrations.list) with the engine's V008.
-- A database migrated from this branch alone would refuse the engine's V008 (changed checksum):
-- only temporary test databases are migrated from it.
SELECT 1;
