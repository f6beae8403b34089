package vn.thanhhoa.cds.store.migration;

/** An applied migration whose file has changed since: applied migrations are history, a change needs a new migration. */
public final class ChangedMigrationException extends IllegalStateException {

    public ChangedMigrationException(Migration migration, String database, String appliedChecksum) {
        super("Migration " + migration.label() + " was applied to database " + database + " with checksum " + appliedChecksum
                + " but its file now has checksum " + migration.checksum() + ": an applied migration must not change, add a new one instead.");
    }
}
