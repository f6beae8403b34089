package vn.thanhhoa.cds.dashboards.indicators;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.thanhhoa.cds.catalog.Catalog;
import vn.thanhhoa.cds.catalog.indicator.Indicator;
import vn.thanhhoa.cds.catalog.indicator.IndicatorSet;
import vn.thanhhoa.cds.catalog.indicator.Organisation;

/** The catalog's indicator sets as the pages list them: sets newest first, indicators in document order. */
public final class IndicatorDirectory {

    /** A set as the filters offer it. */
    public record SetInfo(String id, String title, List<Integer> years) {}

    private final Map<String, List<IndicatorInfo>> bySet;
    private final List<SetInfo> sets;

    public IndicatorDirectory(Catalog catalog) {
        Map<String, List<IndicatorInfo>> map = new LinkedHashMap<>();
        catalog.sets().values().forEach(set -> map.put(set.id(), set.indicators().stream().map(i -> info(set, i)).toList()));
        this.bySet = Map.copyOf(map);
        this.sets = catalog.sets().values().stream()
                .sorted(Comparator.comparing((IndicatorSet s) -> s.years().getLast()).reversed())
                .map(s -> new SetInfo(s.id(), s.title(), s.years())).toList();
    }

    private static IndicatorInfo info(IndicatorSet set, Indicator indicator) {
        String owner = Optional.ofNullable(set.organisations().get(indicator.ownership().owner()))
                .map(Organisation::name).orElse(indicator.ownership().ownerPrinted());
        return new IndicatorInfo(set.id(), indicator.code(), indicator.name(), indicator.pillar().name(),
                indicator.pillar().vietnameseName(), indicator.unit(), owner);
    }

    public List<SetInfo> sets() {
        return sets;
    }

    public Optional<SetInfo> set(String id) {
        return sets.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The set a year selects. */
    public Optional<SetInfo> setFor(int year) {
        return sets.stream().filter(s -> s.years().contains(year)).findFirst();
    }

    public List<IndicatorInfo> indicators(String set) {
        return bySet.getOrDefault(set, List.of());
    }

    public Optional<IndicatorInfo> indicator(String set, String code) {
        return indicators(set).stream().filter(i -> i.code().equals(code)).findFirst();
    }
}
