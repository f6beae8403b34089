package vn.thanhhoa.cds.reports.monthly;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.thanhhoa.cds.adminunits.unit.AdministrativeUnit;
import vn.thanhhoa.cds.adminunits.unit.AdministrativeUnits;
import vn.thanhhoa.cds.catalog.Catalog;
import vn.thanhhoa.cds.catalog.indicator.Indicator;
import vn.thanhhoa.cds.catalog.indicator.IndicatorKind;
import vn.thanhhoa.cds.catalog.indicator.IndicatorSet;
import vn.thanhhoa.cds.catalog.indicator.Organisation;
import vn.thanhhoa.cds.catalog.target.Assignment;
import vn.thanhhoa.cds.catalog.target.EffectiveTarget;
import vn.thanhhoa.cds.catalog.target.TargetTable;

/**
 * Puts a monthly report together: the scope's communes on the month's last day, each with the
 * indicators its year assigns it (the commune's own targets and readings included), the values as
 * they stood at the cut-off, the change since the month before, the share of communes meeting each
 * indicator and the trend of the key ratios since January.
 */
public final class MonthlyReportAssembler {

    private final Catalog catalog;
    private final AdministrativeUnits units;
    private final IndicatorValueHistory history;
    private final KeyRatios keyRatios;
    private final Clock clock;

    public MonthlyReportAssembler(Catalog catalog, AdministrativeUnits units, IndicatorValueHistory history, KeyRatios keyRatios, Clock clock) {
        this.catalog = catalog;
        this.units = units;
        this.history = history;
        this.keyRatios = keyRatios;
        this.clock = clock;
    }

    public MonthlyReport assemble(String unitArgument, ReportMonth month) {
        Instant now = clock.instant();
        if (month.startsAfter(now)) {
            throw new IllegalArgumentException("The month " + month + " has not begun: a report is for a past or the current month.");
        }
        IndicatorSet set = catalog.setFor(month.year()).orElseThrow(() -> new IllegalArgumentException(
                "No indicator set covers " + month.year() + ": the catalog has " + catalog.sets().keySet() + "."));
        ReportScope scope = ReportScope.resolve(units, unitArgument, month.lastDay());
        List<String> codes = scope.communes().stream().map(AdministrativeUnit::code).toList();
        Instant cutoff = month.cutoff(now);
        Map<String, StoredValue> values = history.asItStood(set.id(), month, cutoff, codes);
        // Last month's figures only compare within one year: a new year restarts year-to-date windows and targets.
        Map<String, StoredValue> previous = month.previous().year() == month.year()
                ? history.asItStood(set.id(), month.previous(), month.previous().cutoff(now), codes) : Map.of();

        List<CommuneSection> sections = new ArrayList<>();
        for (AdministrativeUnit commune : scope.communes()) {
            Optional<Assignment> assignment = catalog.assignment(set.id(), commune.code(), month.lastDay());
            List<IndicatorLine> lines = new ArrayList<>();
            for (EffectiveTarget target : TargetTable.forYear(set, month.year(), assignment)) {
                Indicator indicator = target.indicator();
                Optional<StoredValue> stored = Optional.ofNullable(values.get(StoredValue.key(commune.code(), indicator.code())));
                Optional<StoredValue> before = Optional.ofNullable(previous.get(StoredValue.key(commune.code(), indicator.code())));
                Optional<Double> value = stored.flatMap(StoredValue::value);
                Optional<Double> change = value.flatMap(current -> before.flatMap(StoredValue::value).map(then -> current - then));
                String targetText = stored.filter(s -> s.targetOperator().isPresent())
                        .map(s -> TargetText.of(s.targetOperator().get(), s.targetValue(), s.targetUpper(), indicator.unit(), target.target().printed()))
                        .orElseGet(() -> TargetText.of(target.target(), indicator.unit()));
                lines.add(new IndicatorLine(indicator.code(), indicator.name(), indicator.pillar(), indicator.kind(), indicator.unit(), value,
                        targetText, stored.map(StoredValue::status).orElse(ReportStatus.NO_DATA), change,
                        owner(set, assignment, indicator), stored.flatMap(StoredValue::points)));
            }
            sections.add(new CommuneSection(commune.code(), commune.name(), lines));
        }
        return new MonthlyReport(scope, month, set.id(), set.title(), now, cutoff, !month.isFinishedAt(now), sections,
                pillarShares(set, sections), trends(set, month, now, codes));
    }

    private static String owner(IndicatorSet set, Optional<Assignment> assignment, Indicator indicator) {
        String ownerId = indicator.ownership().owner();
        Map<String, Organisation> organisations = new LinkedHashMap<>(set.organisations());
        assignment.ifPresent(a -> organisations.putAll(a.organisations()));
        Organisation organisation = organisations.get(ownerId);
        // A group ("the telecom businesses") reads right for every commune; a member's name ("VNPT Vĩnh Lộc") only for the seed's.
        String name = organisation == null ? indicator.ownership().ownerPrinted()
                : organisation.group().map(organisations::get).map(Organisation::name).orElse(organisation.name());
        Optional<String> officer = assignment.map(a -> a.officers().get(indicator.code()));
        return officer.map(o -> name + " (" + o + ")").orElse(name);
    }

    private static List<PillarShare> pillarShares(IndicatorSet set, List<CommuneSection> sections) {
        List<PillarShare> shares = new ArrayList<>();
        for (Indicator indicator : set.indicators()) {
            long assigned = 0;
            long met = 0;
            for (CommuneSection section : sections) {
                for (IndicatorLine line : section.lines()) {
                    if (line.code().equals(indicator.code()) && line.status() != ReportStatus.NOT_APPLICABLE) {
                        assigned++;
                        met += line.status() == ReportStatus.MET ? 1 : 0;
                    }
                }
            }
            if (assigned > 0) {
                shares.add(new PillarShare(indicator.pillar(), indicator.code(), met, assigned));
            }
        }
        return shares;
    }

    private List<TrendSeries> trends(IndicatorSet set, ReportMonth month, Instant now, List<String> codes) {
        List<Indicator> ratios = keyRatios.of(set).stream().flatMap(code -> set.indicator(code).stream())
                .filter(indicator -> indicator.kind() == IndicatorKind.RATIO).toList();
        Map<String, Map<YearMonth, Optional<Double>>> byCode = new LinkedHashMap<>();
        ratios.forEach(indicator -> byCode.put(indicator.code(), new LinkedHashMap<>()));
        for (int m = 1; m <= month.month().getMonthValue(); m++) {
            ReportMonth each = new ReportMonth(YearMonth.of(month.year(), m));
            Map<String, StoredValue> values = history.asItStood(set.id(), each, each.cutoff(now), codes);
            for (Indicator indicator : ratios) {
                double numerator = 0;
                double denominator = 0;
                for (String commune : codes) {
                    StoredValue value = values.get(StoredValue.key(commune, indicator.code()));
                    if (value != null && value.numerator().isPresent() && value.denominator().isPresent()) {
                        numerator += value.numerator().get();
                        denominator += value.denominator().get();
                    }
                }
                byCode.get(indicator.code()).put(each.month(), denominator > 0 ? Optional.of(100 * numerator / denominator) : Optional.empty());
            }
        }
        return ratios.stream().map(indicator -> new TrendSeries(indicator.code(), indicator.name(), byCode.get(indicator.code()))).toList();
    }
}
