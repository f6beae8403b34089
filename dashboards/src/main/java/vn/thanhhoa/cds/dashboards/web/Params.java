package vn.thanhhoa.cds.dashboards.web;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.thanhhoa.cds.dashboards.indicators.IndicatorDirectory;
import vn.thanhhoa.cds.dashboards.query.Selection;
import vn.thanhhoa.cds.dashboards.query.ValueWindow;
import vn.thanhhoa.cds.dashboards.table.CellText;

/**
 * The query parameters of the indicator pages, checked at the edge: {@code nam} (year), {@code bo}
 * (set; defaults to the one the year selects), {@code ky} (window; year to date by default).
 */
public final class Params {

    private final IndicatorDirectory indicators;
    private final Clock clock;

    public Params(IndicatorDirectory indicators, Clock clock) {
        this.indicators = indicators;
        this.clock = clock;
    }

    public Selection selection(Context ctx) {
        int year = Optional.ofNullable(ctx.queryParam("nam")).filter(s -> !s.isBlank()).map(Params::year).orElseGet(this::defaultYear);
        String set = Optional.ofNullable(ctx.queryParam("bo")).filter(s -> !s.isBlank())
                .or(() -> indicators.setFor(year).map(IndicatorDirectory.SetInfo::id))
                .orElseThrow(() -> Refused.badRequest("Không có bộ chỉ tiêu nào cho năm " + year + "."));
        if (indicators.set(set).isEmpty()) {
            throw Refused.badRequest("Không có bộ chỉ tiêu '" + set + "'.");
        }
        ValueWindow window = Optional.ofNullable(ctx.queryParam("ky")).filter(s -> !s.isBlank())
                .map(k -> ValueWindow.parse(k).orElseThrow(() -> Refused.badRequest("Kỳ tính '" + k + "' không hợp lệ.")))
                .orElse(ValueWindow.YEAR_TO_DATE);
        return new Selection(set, year, window);
    }

    /** The year now in Vietnam if a set covers it, else the last year of the newest set. */
    int defaultYear() {
        int now = LocalDate.now(clock.withZone(CellText.VIETNAM)).getYear();
        return indicators.setFor(now).isPresent() ? now : indicators.sets().getFirst().years().getLast();
    }

    private static int year(String text) {
        try {
            int year = Integer.parseInt(text.strip());
            if (year >= 2000 && year <= 2100) {
                return year;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw Refused.badRequest("Năm '" + text + "' không hợp lệ.");
    }

    /** The selection and the choices the filters offer, for the page. */
    public Map<String, Object> describe(Selection selection) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("set", selection.set());
        json.put("year", selection.year());
        json.put("window", selection.window().name());
        json.put("sets", indicators.sets());
        json.put("windows", List.of(ValueWindow.values()).stream().map(w -> Map.of("code", w.name(), "label", w.label())).toList());
        return json;
    }
}
