package vn.thanhhoa.cds.catalog.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.thanhhoa.cds.catalog.Catalog;
import vn.thanhhoa.cds.catalog.indicator.Indicator;
import vn.thanhhoa.cds.catalog.indicator.Organisation;
import vn.thanhhoa.cds.catalog.indicator.Ownership;
import vn.thanhhoa.cds.schemas.data.DataFinding;

/**
 * Owners must be known organisations. Where the document names owners twice (2026 appendix and
 * Section V), the appendix is the assignment and any disagreement is reported.
 */
final class OwnerCheck implements CatalogCheck {

    @Override
    public List<DataFinding> check(Catalog catalog) {
        List<DataFinding> findings = new ArrayList<>();
        for (Scope scope : Scope.all(catalog)) {
            Indicator indicator = scope.indicator();
            Ownership ownership = indicator.ownership();
            Map<String, Organisation> known = scope.organisations();
            if (!known.containsKey(ownership.owner())) {
                findings.add(Findings.error(ownership.origin(), Findings.field(indicator, "owner"),
                        "unknown organisation '" + ownership.owner() + "' (known: " + known.keySet() + ")"));
                continue;
            }
            ownership.otherNamed().ifPresent(named -> {
                named.stream().filter(id -> !known.containsKey(id)).forEach(id -> findings.add(Findings.error(
                        ownership.origin(), Findings.field(indicator, "sectionV"), "unknown organisation '" + id + "'")));
                String assigned = describe(known.get(ownership.owner()), ownership.ownerPrinted());
                if (named.isEmpty()) {
                    findings.add(Findings.warning(ownership.origin(), Findings.field(indicator, "owner"),
                            "Section V names no owner for this item; the appendix assigns " + assigned));
                } else if (!agrees(ownership.owner(), named, known)) {
                    String others = named.stream().map(id -> Optional.ofNullable(known.get(id)).map(Organisation::name)
                            .orElse(id)).collect(Collectors.joining(" and "));
                    findings.add(Findings.warning(ownership.origin(), Findings.field(indicator, "owner"),
                            "owner conflict: the appendix assigns " + assigned + ", Section V names " + others
                                    + "; the appendix is the assignment"));
                }
            });
        }
        return findings;
    }

    private static boolean agrees(String owner, List<String> named, Map<String, Organisation> known) {
        if (named.size() != 1) {
            return false;
        }
        String other = named.getFirst();
        return other.equals(owner) || known.get(owner).group().map(other::equals).orElse(false);
    }

    private static String describe(Organisation organisation, String printed) {
        return printed.isEmpty() || printed.equals(organisation.name())
                ? organisation.name()
                : organisation.name() + " (printed '" + printed + "')";
    }
}
