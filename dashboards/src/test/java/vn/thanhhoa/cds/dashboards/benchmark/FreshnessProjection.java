package vn.thanhhoa.cds.dashboards.benchmark;

import vn.thanhhoa.cds.dashboards.query.FreshnessQuery;
import vn.thanhhoa.cds.store.ClickHouse;

/**
 * The fix proposed for the freshness page, to measure before it becomes a store migration: an
 * aggregate projection per raw table holding, per commune, the newest event time and the row count,
 * which ClickHouse uses for {@link FreshnessQuery}'s unchanged SQL instead of scanning every raw row.
 * {@code deduplicate_merge_projection_mode = 'rebuild'} because the raw tables are
 * ReplacingMergeTrees (ClickHouse refuses projections on them otherwise): a merge that drops a
 * duplicate rebuilds the projection, so its count stays the table's.
 */
final class FreshnessProjection {

    private FreshnessProjection() {
    }

    static void addTo(ClickHouse clickHouse, String database) {
        String[][] tables = {{"raw_dossier", "changed_at"}, {"raw_document", "recorded_at"}, {"raw_health_record", "occurred_at"},
                {"raw_reported_measure", "reported_at"}, {"raw_task", "updated_at"}, {"raw_periodic_report", "updated_at"},
                {"raw_declaration", "declared_at"}};
        for (String[] table : tables) {
            String name = database + "." + table[0];
            clickHouse.execute("ALTER TABLE " + name + " MODIFY SETTING deduplicate_merge_projection_mode = 'rebuild'");
            clickHouse.execute("ALTER TABLE " + name + " ADD PROJECTION IF NOT EXISTS freshness (SELECT commune_code, max(" + table[1]
                    + "), count() GROUP BY commune_code)");
            clickHouse.execute("ALTER TABLE " + name + " MATERIALIZE PROJECTION freshness SETTINGS mutations_sync = 1");
        }
    }
}
