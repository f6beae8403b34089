package vn.thanhhoa.cds.adminunits.validation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import vn.thanhhoa.cds.adminunits.conversion.ChangeKind;
import vn.thanhhoa.cds.adminunits.conversion.ConversionEdge;
import vn.thanhhoa.cds.adminunits.conversion.SplitWeight;
import vn.thanhhoa.cds.adminunits.file.SourceLine;
import vn.thanhhoa.cds.adminunits.unit.AdministrativeUnit;
import vn.thanhhoa.cds.adminunits.unit.UnitLevel;

/**
 * The conversion must not lose a commune in either direction, or history would stop rolling up
 * (an old commune without successor) or a new commune would start with no past (one without
 * predecessor); split communes need a weight for every part.
 */
final class ConversionChecks {

    private ConversionChecks() {
    }

    static void check(List<AdministrativeUnit> units, List<ConversionEdge> edges, List<SplitWeight> weights,
                      LocalDate changeDate, String conversionFile, Findings findings) {
        LocalDate lastOldDay = changeDate.minusDays(1);
        Map<String, SourceLine> edgeLines = new HashMap<>();
        for (ConversionEdge edge : edges) {
            SourceLine earlier = edgeLines.putIfAbsent(edge.oldCode() + "→" + edge.newCode(), edge.at());
            if (earlier != null) {
                findings.error(edge.at(), "old_code", "duplicate row: edge " + edge.oldCode() + " → " + edge.newCode()
                        + " is already at " + earlier);
            }
            Optional<AdministrativeUnit> old = UnitChecks.communeOn(units, edge.oldCode(), lastOldDay);
            Optional<AdministrativeUnit> now = UnitChecks.communeOn(units, edge.newCode(), changeDate);
            if (old.isEmpty()) {
                findings.error(edge.at(), "old_code", "unknown unit code " + edge.oldCode() + ": no commune with that code on " + lastOldDay);
            } else if (!old.get().name().equals(edge.oldName())) {
                findings.warning(edge.at(), "old_name", "'" + edge.oldName() + "' differs from the unit list's '"
                        + old.get().name() + "' (" + old.get().at() + ")");
            }
            if (now.isEmpty()) {
                findings.error(edge.at(), "new_code", "unknown unit code " + edge.newCode() + ": no commune with that code on " + changeDate);
            } else if (!now.get().name().equals(edge.newName())) {
                findings.warning(edge.at(), "new_name", "'" + edge.newName() + "' differs from the unit list's '"
                        + now.get().name() + "' (" + now.get().at() + ")");
            }
        }
        Set<String> withSuccessor = edges.stream().map(ConversionEdge::oldCode).collect(Collectors.toSet());
        Set<String> withPredecessor = edges.stream().map(ConversionEdge::newCode).collect(Collectors.toSet());
        for (AdministrativeUnit unit : units) {
            if (unit.level() != UnitLevel.COMMUNE) {
                continue;
            }
            if (unit.validOn(lastOldDay) && !withSuccessor.contains(unit.code())) {
                findings.error(unit.at(), "code", "conversion loses a commune: " + unit + " has no successor in " + conversionFile);
            }
            if (unit.validOn(changeDate) && !withPredecessor.contains(unit.code())) {
                findings.error(unit.at(), "code", "conversion loses a commune: " + unit + " has no predecessor in " + conversionFile);
            }
        }
        checkWeights(edges, weights, findings);
    }

    private static void checkWeights(List<ConversionEdge> edges, List<SplitWeight> weights, Findings findings) {
        Map<String, List<ConversionEdge>> byOld = edges.stream().collect(Collectors.groupingBy(ConversionEdge::oldCode));
        Map<String, SplitWeight> byEdge = new HashMap<>();
        for (SplitWeight weight : weights) {
            String key = weight.oldCode() + "→" + weight.newCode();
            SplitWeight earlier = byEdge.putIfAbsent(key, weight);
            if (earlier != null) {
                findings.error(weight.at(), "old_code", "duplicate row: weight of " + key + " is already at " + earlier.at());
                continue;
            }
            List<ConversionEdge> out = byOld.getOrDefault(weight.oldCode(), List.of());
            if (out.stream().noneMatch(e -> e.newCode().equals(weight.newCode()))) {
                findings.error(weight.at(), "new_code", "unknown unit code: the conversion has no edge " + key);
            } else if (out.size() < 2) {
                findings.warning(weight.at(), "old_code", weight.oldCode() + " is not split (one successor): the weight is ignored");
            }
        }
        byOld.forEach((old, out) -> {
            if (out.size() < 2) {
                if (out.getFirst().kind() == ChangeKind.MERGED_PART) {
                    findings.warning(out.getFirst().at(), "change", "'" + out.getFirst().label()
                            + "' but " + old + " has only this successor: it is treated as whole");
                }
                return;
            }
            for (ConversionEdge edge : out) {
                if (!byEdge.containsKey(old + "→" + edge.newCode())) {
                    findings.error(edge.at(), "new_code", "split commune " + old + " has no weight for its part in "
                            + edge.newCode() + ": add it to the split weights");
                }
                if (edge.kind() != ChangeKind.MERGED_PART) {
                    findings.warning(edge.at(), "change", "'" + edge.label() + "' but " + old + " has " + out.size()
                            + " successors: it is treated as split");
                }
            }
        });
    }
}
