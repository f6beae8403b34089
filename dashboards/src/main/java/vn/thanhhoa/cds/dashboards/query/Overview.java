package vn.thanhhoa.cds.dashboards.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.thanhhoa.cds.dashboards.indicators.IndicatorInfo;
import vn.thanhhoa.cds.dashboards.units.Commune;

/**
 * The overview assembled from the newest values: the communes × indicators grid, the share of
 * communes meeting each indicator, the ranking by indicators met (then points).
 *
 * @param grid    one row per commune, in commune-code order, one cell per indicator (null cell: no value)
 * @param shares  per indicator, the communes meeting it among the communes shown
 * @param ranking communes by indicators met, then points, then code
 */
public record Overview(List<IndicatorInfo> indicators, List<GridRow> grid, List<Share> shares, List<Rank> ranking) {

    public record GridRow(Commune commune, List<LatestValue> cells) {}

    public record Share(IndicatorInfo indicator, int met, int communes) {
        public double percent() {
            return communes == 0 ? 0 : 100.0 * met / communes;
        }
    }

    public record Rank(int position, Commune commune, int met, int judged, Double points) {}

    public static Overview of(List<Commune> communes, List<IndicatorInfo> indicators, List<LatestValue> values) {
        Map<String, LatestValue> byKey = new HashMap<>();
        values.forEach(v -> byKey.put(v.commune() + "|" + v.indicator(), v));
        List<GridRow> grid = new ArrayList<>();
        List<Rank> unranked = new ArrayList<>();
        for (Commune commune : communes) {
            List<LatestValue> cells = indicators.stream().map(i -> byKey.get(commune.code() + "|" + i.code())).toList();
            grid.add(new GridRow(commune, cells));
            int met = (int) cells.stream().filter(c -> c != null && c.met()).count();
            int judged = (int) cells.stream().filter(c -> c != null && List.of("MET", "AT_RISK", "BELOW").contains(c.status())).count();
            Double points = cells.stream().filter(c -> c != null && c.points() != null).map(LatestValue::points).reduce(Double::sum).orElse(null);
            unranked.add(new Rank(0, commune, met, judged, points));
        }
        List<Share> shares = indicators.stream().map(i -> new Share(i,
                (int) communes.stream().filter(c -> {
                    LatestValue v = byKey.get(c.code() + "|" + i.code());
                    return v != null && v.met();
                }).count(), communes.size())).toList();
        List<Rank> sorted = unranked.stream().sorted(Comparator.comparingInt(Rank::met).reversed()
                .thenComparing(r -> r.points() == null ? Double.NEGATIVE_INFINITY : r.points(), Comparator.reverseOrder())
                .thenComparing(r -> r.commune().code())).toList();
        List<Rank> ranking = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Rank r = sorted.get(i);
            // Equal met and points share a place (1, 2, 2, 4), as a league table does.
            int position = i > 0 && sorted.get(i - 1).met() == r.met() && java.util.Objects.equals(sorted.get(i - 1).points(), r.points())
                    ? ranking.get(i - 1).position() : i + 1;
            ranking.add(new Rank(position, r.commune(), r.met(), r.judged(), r.points()));
        }
        return new Overview(indicators, grid, shares, ranking);
    }
}
