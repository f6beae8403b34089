package vn.thanhhoa.cds.pipeline.setup;

import java.util.List;
import vn.thanhhoa.cds.store.ClickHouse;
import vn.thanhhoa.cds.store.migration.Migration;
import vn.thanhhoa.cds.store.migration.Migrations;

/** Brings the ClickHouse database to the store's schema with its versioned migrations. */
final class StoreSetup {

    static final String NAME = "clickhouse";

    private final ClickHouse clickHouse;

    StoreSetup(ClickHouse clickHouse) {
        this.clickHouse = clickHouse;
    }

    SetupStep run(String database) {
        Migrations migrations = new Migrations(clickHouse, database);
        List<String> applied = migrations.apply().stream().map(Migration::label).toList();
        List<String> before = migrations.appliedChecksums().keySet().stream()
                .map(version -> "V" + String.format("%03d", version))
                .filter(version -> applied.stream().noneMatch(label -> label.startsWith(version))).toList();
        return new SetupStep(NAME, applied, before, List.of());
    }
}
