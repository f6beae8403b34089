package vn.thanhhoa.cds.pipeline.setup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.thanhhoa.cds.adminunits.unit.AdministrativeUnit;
import vn.thanhhoa.cds.catalog.indicator.Indicator;
import vn.thanhhoa.cds.catalog.indicator.IndicatorSet;
import vn.thanhhoa.cds.pipeline.reference.ReferencePublication;
import vn.thanhhoa.cds.store.ClickHouse;
import vn.thanhhoa.cds.store.Row;

/**
 * Writes the units and indicators into the store's dimension tables ({@code admin_unit},
 * {@code indicator}, V010) for readers of ClickHouse that have no catalog: only rows that are new or
 * differ from what the table holds, so a second run writes nothing.
 */
final class DimensionSetup {

    static final String NAME = "clickhouse reference tables";

    private final ClickHouse clickHouse;

    DimensionSetup(ClickHouse clickHouse) {
        this.clickHouse = clickHouse;
    }

    SetupStep run(ReferencePublication reference, String database) {
        List<Map<String, Object>> units = new ArrayList<>();
        for (AdministrativeUnit unit : reference.data().units().all()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", unit.code());
            row.put("valid_from", unit.validity().from().orElse(LocalDate.of(2000, 1, 1)).toString());
            row.put("valid_to", unit.validity().to().map(LocalDate::toString).orElse(null));
            row.put("name", unit.name());
            row.put("level", unit.level().name());
            row.put("kind", unit.type());
            row.put("parent_code", unit.parentCode().orElse(null));
            units.add(row);
        }
        List<Map<String, Object>> indicators = new ArrayList<>();
        for (IndicatorSet set : reference.catalog().sets().values()) {
            for (Indicator indicator : set.indicators()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("indicator_set", set.id());
                row.put("code", indicator.code());
                row.put("pillar", indicator.pillar().name());
                row.put("pillar_name", indicator.pillar().vietnameseName());
                row.put("name", indicator.name());
                row.put("unit", indicator.unit());
                row.put("kind", indicator.kind().name());
                row.put("owner", indicator.ownership().ownerPrinted());
                indicators.add(row);
            }
        }
        List<String> changed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        write(database + ".admin_unit", units, "units", changed, unchanged);
        write(database + ".indicator", indicators, "indicators", changed, unchanged);
        return new SetupStep(NAME, changed, unchanged, List.of());
    }

    private void write(String table, List<Map<String, Object>> rows, String what, List<String> changed, List<String> unchanged) {
        List<String> columns = List.copyOf(rows.getFirst().keySet());
        Set<List<String>> held = new HashSet<>();
        for (Row row : clickHouse.query("SELECT " + String.join(", ", columns.stream().map(c -> "toString(" + c + ") AS " + c).toList())
                + " FROM " + table + " FINAL")) {
            held.add(columns.stream().map(column -> text(row.values().get(column))).toList());
        }
        List<Map<String, Object>> missing = rows.stream()
                .filter(row -> !held.contains(columns.stream().map(column -> text(row.get(column))).toList())).toList();
        if (missing.isEmpty()) {
            unchanged.add(what);
        } else {
            clickHouse.insert(table, missing, null);
            changed.add(missing.size() + " " + what);
        }
    }

    private static String text(Object value) {
        return Objects.toString(value, null);
    }
}
